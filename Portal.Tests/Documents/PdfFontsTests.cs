using Portal.Documents;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Portal.Tests.Documents;

public class PdfFontsTests
{
    [Fact]
    public void Fonts_are_copied_to_the_output()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "assets", "fonts", PdfFonts.RegularFileName)));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "assets", "fonts", PdfFonts.BoldFileName)));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "assets", "fonts", "OFL.txt")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Typefaces_have_glyphs_and_text_measures_wider_than_zero(bool bold)
    {
        var typeface = PdfFonts.Get(bold);
        using var font = new SKFont(typeface, 10);

        Assert.Equal("Noto Sans", typeface.FamilyName);
        Assert.True(typeface.GlyphCount > 200, $"only {typeface.GlyphCount} glyphs");
        Assert.True(font.MeasureText("Æblegrød på Østerbro") > 50f);
        Assert.All("æøåÆØÅ€–„“•", c => Assert.NotEqual(0, font.GetGlyph(c)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_script_of_the_plans_languages_has_its_glyphs(bool bold)
    {
        // Ukrainian and Turkish in Noto Sans, Arabic and Farsi in Noto Sans Arabic, Tigrinya in Noto Sans Ethiopic.
        Assert.All("ЖжїієґĞğŞşİıąęłż", c => Assert.True(PdfFonts.Get(bold).ContainsGlyph(c), $"Noto Sans lacks {c}"));
        Assert.All("ابتثجحخدذرزسشصضطظعغفقكلمنهوي\u200Cپچژگکی", c => Assert.True(PdfFonts.Get(bold, FontScript.Arabic).ContainsGlyph(c), $"Noto Sans Arabic lacks U+{(int)c:X4}"));
        Assert.All("ትግርኛሓደጋ።", c => Assert.True(PdfFonts.Get(bold, FontScript.Ethiopic).ContainsGlyph(c), $"Noto Sans Ethiopic lacks {c}"));
        Assert.Equal("Noto Sans Arabic", PdfFonts.Get(bold, FontScript.Arabic).FamilyName);
    }

    [Fact]
    public void Missing_font_file_gives_a_clear_error()
    {
        var error = Assert.Throws<FileNotFoundException>(() => PdfFonts.Load("/nonexistent/fonts", "NotoSans-Regular.ttf"));

        Assert.Contains("NotoSans-Regular.ttf", error.Message);
    }

    [Fact]
    public void Empty_font_file_is_refused()
    {
        var directory = Directory.CreateTempSubdirectory("portal-fonts-");
        try
        {
            File.WriteAllBytes(Path.Combine(directory.FullName, "Empty.ttf"), []);

            Assert.Throws<InvalidOperationException>(() => PdfFonts.Load(directory.FullName, "Empty.ttf"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Pdf_embeds_both_fonts_and_they_are_not_empty()
    {
        var pdf = new PdfDocumentBuilder().Heading("Overskrift").Paragraph("Brødtekst").Render();

        using var document = PdfDocument.Open(pdf);
        var fontFiles = new List<StreamToken>();
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (document.Structure.GetObject(reference).Data is DictionaryToken descriptor
                && descriptor.TryGet(NameToken.FontFile2, out var file) && file is IndirectReferenceToken fileReference
                && document.Structure.GetObject(fileReference.Data).Data is StreamToken stream)
            {
                fontFiles.Add(stream);
            }
        }

        Assert.Equal(2, fontFiles.Count);
        Assert.All(fontFiles, stream =>
        {
            Assert.True(stream.Data.Length > 1000, $"embedded font stream is only {stream.Data.Length} bytes");
            Assert.True(stream.StreamDictionary.TryGet(NameToken.Length1, out var length) && length is NumericToken { Int: > 10_000 });
        });
        var letters = document.GetPage(1).Letters;
        Assert.NotEmpty(letters);
        Assert.All(letters, l => Assert.Contains("NotoSans", l.FontName));
        Assert.All(letters, l => Assert.True(l.Width > 0, $"'{l.Value}' has no width"));
    }
}
