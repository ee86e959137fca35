using Portal.Documents;
using UglyToad.PdfPig;

namespace Portal.Tests.Documents;

public class PaginationTests
{
    // Body height with the default A4 setup: 842 - 78 (top) - 66 (bottom).
    private const float BodyHeight = 698f;

    [Fact]
    public void Heading_at_the_bottom_of_a_page_moves_to_the_next_page_with_its_paragraph()
    {
        // The spacer leaves room for the heading but not for the first line of its paragraph.
        static List<string[]> Render(bool asHeading)
        {
            var builder = new PdfDocumentBuilder().Spacer(BodyHeight - 38f);
            builder = asHeading ? builder.Heading("Sikkerhedsplan", 2) : builder.Paragraph("Sikkerhedsplan", bold: true, size: 13f);
            return PdfReading.WordsPerPage(builder.Paragraph("Brødtekst under overskriften.").Render());
        }

        var withHeading = Render(asHeading: true);
        var control = Render(asHeading: false);

        Assert.Equal(2, withHeading.Count);
        Assert.DoesNotContain("Sikkerhedsplan", withHeading[0]);
        Assert.Contains("Sikkerhedsplan", withHeading[1]);
        Assert.Contains("Brødtekst", withHeading[1]);

        // The same text as an ordinary paragraph stays at the bottom of page 1: the heading really was at the bottom.
        Assert.Contains("Sikkerhedsplan", control[0]);
    }

    [Fact]
    public void Long_paragraph_splits_across_pages_without_losing_or_repeating_words()
    {
        var expected = Enumerable.Range(1, 1500).Select(i => $"ord{i}").ToArray();

        var pages = PdfReading.WordsPerPage(new PdfDocumentBuilder()
            .Heading("Langt afsnit")
            .Paragraph(string.Join(' ', expected))
            .Render());

        Assert.True(pages.Count >= 3, $"expected at least 3 pages, got {pages.Count}");
        Assert.Equal(expected, pages.SelectMany(p => p).Where(w => w.StartsWith("ord", StringComparison.Ordinal)));
        Assert.All(pages, page => Assert.Contains(page, w => w.StartsWith("ord", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(5.5, new[] { 4, 2 })] // five lines fit: one would be left alone on page 2 (a widow), so four stay
    [InlineData(1.5, new[] { 0, 6 })] // one line fits: it would be alone at the bottom (an orphan), so all move
    [InlineData(3.5, new[] { 3, 3 })] // no lone line either way: split where it fits
    public void Paragraph_never_leaves_a_single_line_alone_on_a_page(double linesThatFit, int[] linesPerPage)
    {
        using var font = new SkiaSharp.SKFont(PdfFonts.Regular, PdfStyle.BodySize);
        var lineHeight = -font.Metrics.Ascent + font.Metrics.Descent + font.Metrics.Leading;
        var words = Enumerable.Range(1, 6).Select(i => $"linje{i}").ToArray();

        var pages = PdfReading.WordsPerPage(new PdfDocumentBuilder()
            .Spacer(BodyHeight - PdfStyle.ParagraphGap - (float)linesThatFit * lineHeight)
            .Paragraph(string.Join('\n', words))
            .Render());

        Assert.Equal(2, pages.Count);
        Assert.Equal(linesPerPage, pages.Select(p => p.Count(w => w.StartsWith("linje", StringComparison.Ordinal))).ToArray());
    }

    [Fact]
    public void Long_lists_split_between_items_without_losing_any()
    {
        var items = Enumerable.Range(1, 120).Select(i => $"punkt{i} med lidt tekst").ToArray();

        var pages = PdfReading.WordsPerPage(new PdfDocumentBuilder().BulletList(items).Render());

        Assert.True(pages.Count >= 2);
        Assert.Equal(
            Enumerable.Range(1, 120).Select(i => $"punkt{i}"),
            pages.SelectMany(p => p).Where(w => w.StartsWith("punkt", StringComparison.Ordinal)));
    }

    [Fact]
    public void Table_splits_between_rows_and_repeats_its_header_on_every_page()
    {
        var rows = Enumerable.Range(1, 90)
            .Select(r => (IReadOnlyList<string>)[$"r{r}a", $"r{r}b beskrivelse der fylder lidt", $"r{r}c"])
            .ToArray();

        var pages = PdfReading.WordsPerPage(new PdfDocumentBuilder()
            .Table(["Hovedfelt", "Beskrivelse", "Status"], rows, [0.2f, 0.6f, 0.2f])
            .Render());

        Assert.True(pages.Count >= 2, $"expected the table to need several pages, got {pages.Count}");
        Assert.All(pages, page => Assert.Single(page, "Hovedfelt"));
        var cells = pages.SelectMany(p => p).Where(w => w.Length > 1 && w[0] == 'r' && char.IsDigit(w[1])).ToArray();
        var expected = Enumerable.Range(1, 90).SelectMany(r => new[] { $"r{r}a", $"r{r}b", $"r{r}c" });
        Assert.Equal(expected.Order(StringComparer.Ordinal), cells.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Table_kept_together_moves_to_the_next_page_whole_with_its_heading(bool keepTogether)
    {
        var rows = Enumerable.Range(1, 6).Select(r => (IReadOnlyList<string>)[$"række{r}", "112"]).ToArray();

        var pages = PdfReading.WordsPerPage(new PdfDocumentBuilder()
            .Spacer(BodyHeight - 120f)
            .Heading("Numrene", 2)
            .Table(["Navn", "Nummer"], rows, keepTogether: keepTogether)
            .Render());

        Assert.Equal(2, pages.Count);
        var onFirst = pages[0].Count(w => w.StartsWith("række", StringComparison.Ordinal));
        if (keepTogether)
        {
            Assert.Equal(0, onFirst);
            Assert.Contains("Numrene", pages[1]);
            Assert.Equal(6, pages[1].Count(w => w.StartsWith("række", StringComparison.Ordinal)));
        }
        else
        {
            Assert.InRange(onFirst, 1, 5);
        }
    }

    [Fact]
    public void Table_row_taller_than_a_page_splits_between_lines()
    {
        var words = Enumerable.Range(1, 1200).Select(i => $"celle{i}").ToArray();

        var pages = PdfReading.WordsPerPage(new PdfDocumentBuilder()
            .KeyValueTable([("Beskrivelse", string.Join(' ', words))])
            .Render());

        Assert.True(pages.Count >= 2);
        Assert.Equal(words, pages.SelectMany(p => p).Where(w => w.StartsWith("celle", StringComparison.Ordinal)));
    }

    [Fact]
    public void Word_longer_than_a_line_breaks_between_characters()
    {
        var word = string.Concat(Enumerable.Range(0, 400).Select(i => (char)('a' + i % 26)));

        using var document = PdfDocument.Open(new PdfDocumentBuilder().Paragraph(word).Render());
        // Leave out the footer (PDF y runs upwards from the bottom edge).
        var lines = document.GetPage(1).GetWords().Where(w => w.BoundingBox.Bottom > 100).Select(w => w.Text).ToArray();

        Assert.True(lines.Length >= 2, "the long word should be broken over several lines");
        Assert.Equal(word, string.Concat(lines));
    }

    [Fact]
    public void Page_break_starts_a_new_page_and_a_final_break_adds_no_empty_page()
    {
        var pages = PdfReading.WordsPerPage(new PdfDocumentBuilder()
            .Paragraph("Førsteside").PageBreak().Paragraph("Andenside").PageBreak()
            .Render());

        Assert.Equal(2, pages.Count);
        Assert.Contains("Førsteside", pages[0]);
        Assert.Contains("Andenside", pages[1]);
    }
}
