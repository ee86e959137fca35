using Portal.Documents;
using UglyToad.PdfPig;

namespace Portal.Tests.Documents;

public class PdfDocumentBuilderTests
{
    private static readonly DateTimeOffset Created = new(2025, 3, 14, 10, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Text_of_every_kind_of_block_is_in_the_pdf()
    {
        var pdf = new PdfDocumentBuilder()
            .Heading("Kriseplanoverskrift")
            .Paragraph(new TextRun("Fedtekst ", Bold: true), new TextRun("almindeligtekst"))
            .BulletList(["Punktet", "Andetpunkt"])
            .CheckboxList([new CheckboxItem("Afkrydset", true), new CheckboxItem("Ikkeafkrydset", false)])
            .KeyValueTable([("Nøglefelt", "Værdifelt")])
            .Table(["Kolonneét", "Kolonneto"], [["Celleén", "Celleto"]])
            .Render();

        var words = PdfReading.AllWords(pdf);

        Assert.All(
            new[] { "Kriseplanoverskrift", "Fedtekst", "almindeligtekst", "Punktet", "Andetpunkt", "Afkrydset", "Ikkeafkrydset",
                "Nøglefelt", "Værdifelt", "Kolonneét", "Kolonneto", "Celleén", "Celleto" },
            expected => Assert.Contains(expected, words));
    }

    [Fact]
    public void Danish_letters_survive()
    {
        var pdf = new PdfDocumentBuilder()
            .Heading("Ærøskøbing og Åbenrå")
            .Paragraph("Æblegrød med fløde på Østerbro – blåbær, Ålborg.")
            .Render();

        var words = PdfReading.AllWords(pdf);

        Assert.Contains("Ærøskøbing", words);
        Assert.Contains("Åbenrå", words);
        Assert.Contains("Æblegrød", words);
        Assert.Contains("fløde", words);
        Assert.Contains("Østerbro", words);
        Assert.Contains("blåbær,", words);
        Assert.Contains("Ålborg.", words);
    }

    [Fact]
    public void Footer_numbers_pages_as_side_n_af_m()
    {
        var pdf = new PdfDocumentBuilder()
            .Footer("Sag 2025-0001")
            .Paragraph("Første side").PageBreak()
            .Paragraph("Anden side").PageBreak()
            .Paragraph("Tredje side")
            .Render();

        var pages = PdfReading.WordsPerPage(pdf);

        Assert.Equal(3, pages.Count);
        for (var i = 0; i < 3; i++)
        {
            var text = PdfReading.Phrases(pages[i]);
            Assert.Contains($" Side {i + 1} af 3 ", text);
            Assert.Contains(" Sag 2025-0001 ", text);
        }
    }

    [Fact]
    public void Header_text_and_logo_are_on_every_page()
    {
        var pdf = new PdfDocumentBuilder()
            .Header("Krisecenter Øst · Fortroligt", TestImages.Png(120, 40))
            .Paragraph("Én").PageBreak().Paragraph("To")
            .Render();

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(2, document.NumberOfPages);
        foreach (var page in document.GetPages())
        {
            Assert.Contains(" Krisecenter Øst · Fortroligt ", PdfReading.Phrases(PdfReading.Words(page)));
            Assert.Single(page.GetImages());
        }
    }

    [Fact]
    public void Metadata_is_written()
    {
        var pdf = new PdfDocumentBuilder()
            .Metadata("Kriseplan for sag 2025-0142", "Mette Sørensen", Created)
            .Paragraph("Indhold")
            .Render();

        using var document = PdfDocument.Open(pdf);

        Assert.Equal("Kriseplan for sag 2025-0142", document.Information.Title);
        Assert.Equal("Mette Sørensen", document.Information.Author);
        Assert.Equal("Portal", document.Information.Creator);
        Assert.StartsWith("D:20250314093000", document.Information.CreationDate);
        Assert.StartsWith("D:20250314093000", document.Information.ModifiedDate);
    }

    [Fact]
    public void Image_block_embeds_the_image_scaled_into_its_box()
    {
        var pdf = new PdfDocumentBuilder()
            .Paragraph("Før billedet")
            .Image(TestImages.Png(400, 200), maxWidth: 100, maxHeight: 100)
            .Paragraph("Efter billedet")
            .Render();

        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());

        Assert.Equal(400, image.WidthInSamples);
        Assert.InRange(image.BoundingBox.Width, 99, 101);
        Assert.InRange(image.BoundingBox.Height, 49, 51);
    }

    [Fact]
    public void Image_that_is_not_png_or_jpeg_is_refused_when_added()
    {
        Assert.Throws<ArgumentException>(() => new PdfDocumentBuilder().Image([1, 2, 3, 4], 100, 100));
    }

    [Fact]
    public void Checked_items_get_a_tick_and_unchecked_items_do_not()
    {
        static int StrokedPaths(params bool[] ticks)
        {
            var pdf = new PdfDocumentBuilder().CheckboxList(ticks.Select((t, i) => new CheckboxItem($"Punkt {i}", t))).Render();
            using var document = PdfDocument.Open(pdf);
            return document.GetPage(1).Paths.Count(p => p.IsStroked);
        }

        var none = StrokedPaths(false, false, false);
        var two = StrokedPaths(true, false, true);

        Assert.Equal(none + 2, two);
    }

    [Fact]
    public void Sample_crisis_plan_has_three_pages_and_is_under_150_kb()
    {
        var pdf = Portal.Benchmarks.DocumentBenchmark.SamplePdf(Created);

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(3, document.NumberOfPages);
        Assert.InRange(pdf.Length, 1, 150 * 1024);
        Assert.Contains(" Side 3 af 3 ", PdfReading.Phrases(PdfReading.Words(document.GetPage(3))));
    }

    [Fact]
    public void Documents_rendered_in_parallel_equal_one_rendered_alone()
    {
        var expected = Portal.Benchmarks.DocumentBenchmark.SamplePdf(Created);

        var results = new byte[16][];
        Parallel.For(0, results.Length, i => results[i] = Portal.Benchmarks.DocumentBenchmark.SamplePdf(Created));

        Assert.All(results, pdf => Assert.Equal(expected, pdf));
    }
}
