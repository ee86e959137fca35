using SkiaSharp;

namespace Portal.Documents;

/// <summary>
/// Fonts and paints for one render. SKFont and SKPaint are not thread-safe, so every render
/// creates its own context; only the typefaces in <see cref="PdfFonts"/> are shared.
/// </summary>
internal sealed class PdfRenderContext : IDisposable
{
    private readonly Dictionary<(bool Bold, float Size), SKFont> fonts = [];
    private readonly Dictionary<SKColor, SKPaint> fills = [];
    private readonly Dictionary<(SKColor Color, float Width), SKPaint> strokes = [];
    private readonly Dictionary<byte[], SKImage> images = new(ReferenceEqualityComparer.Instance);

    public SKFont Font(bool bold, float size)
    {
        if (!fonts.TryGetValue((bold, size), out var font))
        {
            // Unhinted, linear metrics: the widths we measure are the widths the PDF viewer lays out.
            font = new SKFont(PdfFonts.Get(bold), size)
            {
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Subpixel = true,
                Edging = SKFontEdging.Antialias,
            };
            fonts.Add((bold, size), font);
        }

        return font;
    }

    public float Measure(string text, bool bold, float size) => Font(bold, size).MeasureText(text);

    public SKPaint Fill(SKColor color)
    {
        if (!fills.TryGetValue(color, out var paint))
        {
            paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill, IsAntialias = true };
            fills.Add(color, paint);
        }

        return paint;
    }

    public SKPaint Stroke(SKColor color, float width)
    {
        if (!strokes.TryGetValue((color, width), out var paint))
        {
            paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
            strokes.Add((color, width), paint);
        }

        return paint;
    }

    /// <summary>Decodes an image once per render; the PDF then holds one copy however often it is drawn.</summary>
    public SKImage Image(byte[] encoded)
    {
        if (!images.TryGetValue(encoded, out var image))
        {
            image = SKImage.FromEncodedData(encoded)
                ?? throw new ArgumentException("The image is not a PNG or JPEG that SkiaSharp can decode.", nameof(encoded));
            images.Add(encoded, image);
        }

        return image;
    }

    public void Dispose()
    {
        foreach (var image in images.Values) image.Dispose();
        foreach (var font in fonts.Values) font.Dispose();
        foreach (var paint in fills.Values) paint.Dispose();
        foreach (var paint in strokes.Values) paint.Dispose();
    }
}
