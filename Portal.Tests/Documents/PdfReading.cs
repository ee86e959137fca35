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
}
