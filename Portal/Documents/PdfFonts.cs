using SkiaSharp;

namespace Portal.Documents;

/// <summary>The font families of the PDFs: Noto Sans (Latin and Cyrillic), Noto Sans Arabic and Noto Sans Ethiopic.</summary>
public enum FontScript
{
    Latin,
    Arabic,
    Ethiopic,
}

/// <summary>
/// The typefaces every PDF uses, loaded once from the files shipped in <c>assets/fonts</c>; a family
/// other than Latin is loaded only when a document first uses it.
/// Typefaces are immutable and may be shared between threads; fonts and paints may not.
/// </summary>
public static class PdfFonts
{
    public const string RegularFileName = "NotoSans-Regular.ttf";
    public const string BoldFileName = "NotoSans-Bold.ttf";

    public static string FontDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "assets", "fonts");

    private static readonly Lazy<SKTypeface>[] Typefaces =
    [
        Lazy(RegularFileName), Lazy(BoldFileName),
        Lazy("NotoSansArabic-Regular.ttf"), Lazy("NotoSansArabic-Bold.ttf"),
        Lazy("NotoSansEthiopic-Regular.ttf"), Lazy("NotoSansEthiopic-Bold.ttf"),
    ];

    public static SKTypeface Regular => Get(false);

    public static SKTypeface Bold => Get(true);

    public static SKTypeface Get(bool bold, FontScript script = FontScript.Latin) => Typefaces[2 * (int)script + (bold ? 1 : 0)].Value;

    private static Lazy<SKTypeface> Lazy(string fileName) => new(() => Load(FontDirectory, fileName));

    internal static SKTypeface Load(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"PDF font '{fileName}' was not found in '{directory}'. The fonts in assets/fonts must be copied to the output (see Portal.csproj).",
                path);
        }

        var typeface = SKTypeface.FromFile(path)
            ?? throw new InvalidOperationException($"SkiaSharp could not load the PDF font '{path}'.");
        if (typeface.GlyphCount == 0 || string.IsNullOrEmpty(typeface.FamilyName))
        {
            typeface.Dispose();
            throw new InvalidOperationException($"The PDF font '{path}' loaded as an empty typeface (no glyphs); text would measure 0 and be invisible.");
        }

        return typeface;
    }
}
