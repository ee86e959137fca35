namespace Portal.Documents;

/// <summary>
/// A piece of text drawn with one font family. <see cref="Placeholder"/> marks one character (or emoji
/// sequence) that no shipped font has: it is drawn as a visible box, never silently left out.
/// </summary>
internal readonly record struct FontRun(int Start, int Length, FontScript Script, bool Placeholder);

/// <summary>Chooses the font family for each character: its script's family, else the first family that has the glyph.</summary>
internal static class FontFallback
{
    public static FontScript? ScriptOf(int codePoint) => codePoint switch
    {
        >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0x08A0 and <= 0x08FF
            or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF => FontScript.Arabic,
        >= 0x1200 and <= 0x139F or >= 0x2D80 and <= 0x2DDF or >= 0xAB00 and <= 0xAB2F => FontScript.Ethiopic,
        _ when codePoint < 0x10000 && char.IsLetter((char)codePoint) => FontScript.Latin,
        _ => null,
    };

    /// <summary>Text that Noto Sans draws on its own, left to right: the common case, which skips the per-character work.</summary>
    public static bool IsPlainLatin(string text)
    {
        foreach (var c in text)
        {
            if (c is not (>= ' ' and <= '~' or >= '\u00A0' and <= '\u017F' or >= '\u0400' and <= '\u045F' or >= '\u2010' and <= '\u2027' or '\n'))
                return false;
        }

        return true;
    }

    /// <param name="has">Whether a family has a glyph for a code point.</param>
    public static List<FontRun> Split(string text, Func<FontScript, int, bool> has)
    {
        if (IsPlainLatin(text)) return text.Length == 0 ? [] : [new FontRun(0, text.Length, FontScript.Latin, Placeholder: false)];
        var runs = new List<FontRun>();
        FontScript? current = null;
        var i = 0;
        while (i < text.Length)
        {
            var codePoint = CodePoints.At(text, i, out var length);
            FontScript? chosen = ScriptOf(codePoint) is { } script
                ? has(script, codePoint) ? script : Covering(codePoint, has)
                : current is { } c && has(c, codePoint) ? c : Covering(codePoint, has);

            if (chosen is not { } family)
            {
                var end = EndOfSequence(text, i + length);
                runs.Add(new FontRun(i, end - i, FontScript.Latin, Placeholder: true));
                i = end;
                continue;
            }

            if (runs.Count > 0 && runs[^1] is { Placeholder: false } last && last.Script == family && last.Start + last.Length == i)
            {
                runs[^1] = last with { Length = last.Length + length };
            }
            else
            {
                runs.Add(new FontRun(i, length, family, Placeholder: false));
            }

            current = family;
            i += length;
        }

        return runs;
    }

    private static FontScript? Covering(int codePoint, Func<FontScript, int, bool> has)
    {
        foreach (var script in Enum.GetValues<FontScript>())
        {
            if (has(script, codePoint)) return script;
        }

        return null;
    }

    // An emoji may be several code points: joined by ZWJ, with a variation selector, skin tone, keycap or tags.
    private static int EndOfSequence(string text, int i)
    {
        while (i < text.Length)
        {
            var codePoint = CodePoints.At(text, i, out var length);
            if (codePoint == 0x200D && i + length < text.Length)
            {
                CodePoints.At(text, i + length, out var joined);
                i += length + joined;
            }
            else if (codePoint is 0xFE0E or 0xFE0F or 0x20E3 or >= 0x1F3FB and <= 0x1F3FF or >= 0xE0020 and <= 0xE007F)
            {
                i += length;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}

internal static class CodePoints
{
    /// <summary>The code point at <paramref name="index"/>; a lone surrogate reads as U+FFFD.</summary>
    public static int At(string text, int index, out int length)
    {
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(text[index], text[index + 1]);
        }

        length = 1;
        return char.IsSurrogate(text[index]) ? 0xFFFD : text[index];
    }
}
