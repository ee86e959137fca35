using SkiaSharp;

namespace Portal.Documents;

/// <summary>The part of a block that fits in the space left on a page, and the rest for the next page.</summary>
internal readonly record struct BlockSplit(LayoutBlock? Head, LayoutBlock? Tail);

/// <summary>
/// A block whose text is already wrapped to the body width. Pagination asks each block how much of it
/// fits (<see cref="Split"/>), then draws the pieces once the page count is known.
/// </summary>
internal abstract class LayoutBlock
{
    public float SpaceBefore { get; init; }
    public float SpaceAfter { get; init; }

    /// <summary>Never the last thing on a page: moves on together with the first line of the next block.</summary>
    public bool KeepWithNext { get; init; }

    public abstract float Height { get; }

    /// <summary>The smallest piece that may start a page after a keep-with-next block (a line, a row).</summary>
    public virtual float FirstUnitHeight => Height;

    /// <summary>
    /// Splits at a line, item or row boundary so that the head is at most <paramref name="available"/> high.
    /// At the top of a page the head is never empty, so layout always progresses.
    /// </summary>
    public abstract BlockSplit Split(float available, bool atPageTop);

    public abstract void Draw(PdfRenderContext context, SKCanvas canvas, float left, float top);
}

internal sealed class SpacerBlock(float height) : LayoutBlock
{
    public override float Height => height;

    // A spacer that does not fit is dropped, like space at a page break.
    public override BlockSplit Split(float available, bool atPageTop) =>
        height <= available ? new(this, null) : new(null, null);

    public override void Draw(PdfRenderContext context, SKCanvas canvas, float left, float top)
    {
    }
}

internal sealed class PageBreakBlock : LayoutBlock
{
    public override float Height => 0f;

    public override BlockSplit Split(float available, bool atPageTop) => new(null, null);

    public override void Draw(PdfRenderContext context, SKCanvas canvas, float left, float top)
    {
    }
}
