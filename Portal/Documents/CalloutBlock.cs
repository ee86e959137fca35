using SkiaSharp;

namespace Portal.Documents;

/// <summary>
/// A shaded box with an accent bar at its left edge, for the one thing a reader must not miss
/// (such as "Ring 112 ved akut fare"). Kept whole on one page.
/// </summary>
internal sealed class CalloutBlock : LayoutBlock
{
    private const float Padding = 8f;
    private const float BarWidth = 4f;

    private readonly IReadOnlyList<TextLine> lines;

    private CalloutBlock(IReadOnlyList<TextLine> lines)
    {
        this.lines = lines;
        Height = lines.Sum(l => l.Height) + 2 * Padding;
        SpaceBefore = PdfStyle.BlockGap;
        SpaceAfter = PdfStyle.BlockGap;
    }

    public override float Height { get; }

    public float Width { get; private init; }

    public static CalloutBlock Create(IReadOnlyList<TextRun> runs, float width, PdfRenderContext context) =>
        new(TextWrapper.Wrap(runs, width - BarWidth - 2 * Padding, context)) { Width = width };

    public override BlockSplit Split(float available, bool atPageTop) =>
        Height <= available || atPageTop ? new(this, null) : new(null, this);

    public override void Draw(PdfRenderContext context, SKCanvas canvas, float left, float top)
    {
        canvas.DrawRect(SKRect.Create(left, top, Width, Height), context.Fill(PdfStyle.HeaderFill));
        // The accent bar marks where reading starts: the left edge, or the right in a right-to-left document.
        var barLeft = context.RightToLeft ? left + Width - BarWidth : left;
        canvas.DrawRect(SKRect.Create(barLeft, top, BarWidth, Height), context.Fill(PdfStyle.Accent));
        var textLeft = context.RightToLeft ? left + Padding : left + BarWidth + Padding;
        var y = top + Padding;
        foreach (var line in lines)
        {
            line.Draw(context, canvas, textLeft, Width - BarWidth - 2 * Padding, y, PdfStyle.Text);
            y += line.Height;
        }
    }
}
