using System.Text;

namespace Portal.Domain.Citizens;

/// <summary>
/// The form a name is searched in, the same on every database: composed Unicode (an "å" typed as a + ring
/// matches the one stored), lower case by Unicode rules (Æ/Ø/Å fold like A–Z, which SQLite's LIKE does
/// not do), and runs of spaces made one.
/// </summary>
public static class SearchKey
{
    public const int MaxLength = CitizenDetails.NameMax;

    public static string For(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var composed = text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var result = new StringBuilder(composed.Length);
        var lastWasSpace = true;
        foreach (var ch in composed)
        {
            var space = char.IsWhiteSpace(ch);
            if (space && lastWasSpace) continue;
            result.Append(space ? ' ' : ch);
            lastWasSpace = space;
        }
        return result.ToString().TrimEnd();
    }
}
