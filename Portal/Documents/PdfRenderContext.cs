using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Portal.Documents;

/// <summary>
/// Fonts and paints for one render. SKFont and SKPaint are not thread-safe, so every render
/// creates its own context; only the typefaces in <see cref="PdfFonts"/> are shared.
/// </summary>
internal sealed class PdfRenderContext : IDisposable
{
    private readonly Dictionary<(bool Bold, float Size, FontScript Script), SKFont> fonts = [];
    private readonly Dictionary<(bool Bold, FontScript Script), SKShaper> shapers = [];
    private readonly Dictionary<(FontScript Script, int CodePoint), bool> coverage = [];
    private readonly Dictionary<SKColor, SKPaint> fills = [];
    private readonly Dictionary<(SKColor Color, float Width), SKPaint> strokes = [];
    private readonly Dictionary<byte[], SKImage> images = new(ReferenceEqualityComparer.Instance);

    /// <summary>Right-to-left document: lines start at the right edge, tables and lists are mirrored.</summary>
    public bool RightToLeft { get; init; }

    public SKFont Font(bool bold, float size, FontScript script = FontScript.Latin)
    {
        if (!fonts.TryGetValue((bold, size, script), out var font))
        {
            // Unhinted, linear metrics: the widths we measure are the widths the PDF viewer lays out.
            font = new SKFont(PdfFonts.Get(bold, script), size)
            {
                Hinting = SKFontHinting.None,
                LinearMetrics = true,
                Subpixel = true,
                Edging = SKFontEdging.Antialias,
            };
            fonts.Add((bold, size, script), font);
        }

        return font;
    }

    public float Measure(string text, bool bold, float size) => TextShaping.Measure(this, text, bold, size);

    public bool HasGlyph(FontScript script, int codePoint)
    {
        if (!coverage.TryGetValue((script, codePoint), out var has))
        {
            has = PdfFonts.Get(false, script).ContainsGlyph(codePoint);
            coverage.Add((script, codePoint), has);
        }

        return has;
    }

    public SKShaper Shaper(bool bold, FontScript script)
    {
        if (!shapers.TryGetValue((bold, script), out var shaper))
        {
            shaper = new SKShaper(PdfFonts.Get(bold, script));
            shapers.Add((bold, script), shaper);
        }

        return shaper;
    }

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
        foreach (var shaper in shapers.Values) shaper.Dispose();
        foreach (var paint in fills.Values) paint.Dispose();
        foreach (var paint in strokes.Values) paint.Dispose();
    }
}
