using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Portal.Tests.Documents;

/// <summary>Reads rendered PDFs back as words. Words, not page.Text: page.Text glues wrapped lines together.</summary>
internal static class PdfReading
{
    public static List<string[]> WordsPerPage(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(Words).ToList();
    }

    public static string[] Words(Page page) => page.GetWords().Select(w => w.Text).ToArray();

    public static string[] AllWords(byte[] pdf) => WordsPerPage(pdf).SelectMany(w => w).ToArray();

    /// <summary>The page's words joined by single spaces, for phrase checks such as "Side 1 af 3".</summary>
    public static string Phrases(string[] words) => " " + string.Join(' ', words) + " ";

    /// <summary>
    /// The page's text in content order, as a reader that honours <c>/ActualText</c> extracts it (poppler does):
    /// a glyph inside an ActualText span (a joined Arabic letter, a placeholder box) counts as the span's text.
    /// </summary>
    public static string LogicalText(Page page)
    {
        var spans = new List<(MarkedContentElement Span, HashSet<(double, double)> Letters)>();
        void Collect(IEnumerable<MarkedContentElement> elements)
        {
            foreach (var e in elements)
            {
                if (e.ActualText is not null) spans.Add((e, e.Letters.Select(Key).ToHashSet()));
                Collect(e.Children);
            }
        }

        Collect(page.GetMarkedContents());
        var text = new System.Text.StringBuilder();
        var used = new HashSet<int>();
        foreach (var letter in page.Letters)
        {
            var span = spans.FindIndex(s => s.Letters.Contains(Key(letter)));
            if (span < 0) text.Append(letter.Value);
            else if (used.Add(span)) text.Append(spans[span].Span.ActualText);
        }

        return text.ToString();
    }

    public static string LogicalText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(LogicalText));
    }

    private static (double, double) Key(Letter letter) => (Math.Round(letter.StartBaseLine.X, 3), Math.Round(letter.StartBaseLine.Y, 3));
}
