using System.Text;

namespace Portal.Domain.Validation;

/// <summary>
/// Invisible Unicode controls that change the direction of the text around them (embeddings, overrides
/// and isolates, U+202A–U+202E and U+2066–U+2069). Typed or pasted into a plan, a right-to-left override
/// makes "Test ‮exe.live" read backwards on paper, so they are removed where text is saved and again
/// where it is printed. The marks U+200E/U+200F are kept: they only hint a direction and cannot reverse text.
/// </summary>
public static class BidiControls
{
    public static bool IsControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static bool Contains(string? text) => text is not null && text.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') >= 0
        || text is not null && text.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') >= 0;

    public static string Strip(string text)
    {
        if (!Contains(text)) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsControl(c)) builder.Append(c);
        }

        return builder.ToString();
    }

    public static string? StripOrNull(string? text) => text is null ? null : Strip(text);
}
