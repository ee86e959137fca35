using System.Globalization;

namespace Portal.Documents;

/// <summary>
/// The embedding level of each character of one line (even: left to right, odd: right to left) and the
/// visual order of runs: a small form of the Unicode bidirectional algorithm (UAX #9) for what a plan
/// holds — no explicit embeddings (those controls are stripped before printing), one paragraph
/// direction per document. One deliberate difference: digits joined by single spaces, "+", "-", ".",
/// ",", ":" or "/" form one number, so "+45 70 20 30 82" inside Arabic reads as dialled, where UAX #9
/// would show the groups right to left.
/// </summary>
internal static class BidiLevels
{
    private enum Kind : byte
    {
        Left,
        Right,
        Number,
        Neutral,
    }

    public static byte[] Resolve(string text, bool rightToLeft)
    {
        if (!rightToLeft && FontFallback.IsPlainLatin(text)) return new byte[text.Length];
        var kinds = Classify(text);
        JoinNumbers(text, kinds);
        var paragraph = rightToLeft ? Kind.Right : Kind.Left;

        // A number after left-to-right text (or at the start of a left-to-right line) is plain left-to-right text.
        var lastStrong = paragraph;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is Kind.Left or Kind.Right) lastStrong = kinds[i];
            else if (kinds[i] == Kind.Number && lastStrong == Kind.Left) kinds[i] = Kind.Left;
        }

        // Neutrals take the direction of the text on both sides when it agrees, else the paragraph's.
        for (var i = 0; i < kinds.Length;)
        {
            if (kinds[i] != Kind.Neutral)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < kinds.Length && kinds[end] == Kind.Neutral) end++;
            var before = i == 0 ? paragraph : AsStrong(kinds[i - 1]);
            var after = end == kinds.Length ? paragraph : AsStrong(kinds[end]);
            var resolved = before == after ? before : paragraph;
            for (var j = i; j < end; j++) kinds[j] = resolved;
            i = end;
        }

        var levels = new byte[text.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            levels[i] = kinds[i] switch
            {
                Kind.Right => 1,
                Kind.Number => 2,
                _ => (byte)(rightToLeft ? 2 : 0),
            };
        }

        // Spaces at the end of a line belong to the paragraph.
        for (var i = text.Length - 1; i >= 0 && char.IsWhiteSpace(text[i]); i--) levels[i] = (byte)(rightToLeft ? 1 : 0);
        return levels;
    }

    /// <summary>Run indexes from left to right on the page, for runs in reading order with these levels (UAX #9 rule L2).</summary>
    public static int[] VisualOrder(IReadOnlyList<byte> runLevels)
    {
        var order = Enumerable.Range(0, runLevels.Count).ToArray();
        if (order.Length == 0) return order;
        var highest = runLevels.Max();
        var lowestOdd = runLevels.Where(l => l % 2 == 1).DefaultIfEmpty(highest).Min();
        for (var level = highest; level >= Math.Max((byte)1, lowestOdd); level--)
        {
            for (var i = 0; i < order.Length;)
            {
                if (runLevels[order[i]] < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < order.Length && runLevels[order[end]] >= level) end++;
                Array.Reverse(order, i, end - i);
                i = end;
            }
        }

        return order;
    }

    private static Kind AsStrong(Kind kind) => kind == Kind.Left ? Kind.Left : Kind.Right;

    private static Kind[] Classify(string text)
    {
        var kinds = new Kind[text.Length];
        for (var i = 0; i < text.Length;)
        {
            var codePoint = CodePoints.At(text, i, out var length);
            var kind = KindOf(codePoint);
            if (kind is null) kind = i > 0 ? kinds[i - 1] : Kind.Neutral;
            for (var j = 0; j < length; j++) kinds[i + j] = kind.Value;
            i += length;
        }

        return kinds;
    }

    // Null: a combining mark or joiner, which takes the kind of the character it follows.
    private static Kind? KindOf(int codePoint)
    {
        if (codePoint is >= '0' and <= '9' or >= 0x0660 and <= 0x0669 or >= 0x06F0 and <= 0x06F9) return Kind.Number;
        if (codePoint is 0x200C or 0x200D) return null;
        if (codePoint == 0x200E) return Kind.Left;
        if (codePoint == 0x200F) return Kind.Right;
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark) return null;
        var rightScript = codePoint is >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF;
        if (rightScript && category is not (UnicodeCategory.SpaceSeparator or UnicodeCategory.Control)) return Kind.Right;
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            ? Kind.Left
            : Kind.Neutral;
    }

    private static void JoinNumbers(string text, Kind[] kinds)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (kinds[i] != Kind.Neutral) continue;
            var c = text[i];
            var numberBefore = i > 0 && kinds[i - 1] == Kind.Number;
            var numberAfter = i + 1 < text.Length && kinds[i + 1] == Kind.Number;
            if ((numberBefore && numberAfter && c is ' ' or '\u00A0' or '+' or '-' or '\u2013' or '.' or ',' or ':' or '/')
                || (numberAfter && c == '+')
                || (numberBefore && c == '%'))
            {
                kinds[i] = Kind.Number;
            }
        }
    }
}
