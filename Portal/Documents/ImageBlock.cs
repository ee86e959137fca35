using SkiaSharp;

namespace Portal.Documents;

/// <summary>A PNG or JPEG scaled down (never up) to fit its box, the body width and the page.</summary>
internal sealed class ImageBlock(byte[] encoded, float width, float height) : LayoutBlock
{
    public override float Height => height;

    public static ImageBlock Create(byte[] encoded, float maxWidth, float maxHeight, float bodyWidth, float bodyHeight)
    {
        var info = SKBitmap.DecodeBounds(encoded);
        if (info.Width <= 0 || info.Height <= 0)
        {
            throw new ArgumentException("The image is not a PNG or JPEG that SkiaSharp can decode.", nameof(encoded));
        }

        var scale = Math.Min(1f, Math.Min(Math.Min(maxWidth, bodyWidth) / info.Width, Math.Min(maxHeight, bodyHeight) / info.Height));
        return new ImageBlock(encoded, info.Width * scale, info.Height * scale)
        {
            SpaceBefore = PdfStyle.BlockGap,
            SpaceAfter = PdfStyle.BlockGap,
        };
    }

    public override BlockSplit Split(float available, bool atPageTop) =>
        height <= available || atPageTop ? new(this, null) : new(null, this);

    public override void Draw(PdfRenderContext context, SKCanvas canvas, float left, float top) =>
        canvas.DrawImage(context.Image(encoded), SKRect.Create(left, top, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
}
