using SkiaSharp;

namespace Portal.Documents;

/// <summary>
/// The two typefaces every PDF uses, loaded once from the files shipped in <c>assets/fonts</c>.
/// Typefaces are immutable and may be shared between threads; fonts and paints may not.
/// </summary>
public static class PdfFonts
{
    public const string RegularFileName = "NotoSans-Regular.ttf";
    public const string BoldFileName = "NotoSans-Bold.ttf";

    public static string FontDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "assets", "fonts");

    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load(FontDirectory, RegularFileName));
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load(FontDirectory, BoldFileName));

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    public static SKTypeface Get(bool bold) => bold ? Bold : Regular;

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
