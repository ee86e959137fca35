using System.Text;
using Portal.Domain.Validation;

namespace Portal.Documents;

/// <summary>
/// Greedy word wrap of styled runs in reading order; a word wider than a line is broken between characters.
/// Direction controls are removed first: they could reverse what is printed (see <see cref="BidiControls"/>).
/// </summary>
internal static class TextWrapper
{
    public static List<TextLine> Wrap(IReadOnlyList<TextRun> runs, float maxWidth, PdfRenderContext context)
    {
        var builder = new LineBuilder(context);
        var lines = new List<TextLine>();
        TextRun? pendingSpace = null;
        var word = new List<(string Text, TextRun Style)>();

        void PlaceWord()
        {
            if (word.Count == 0) return;
            PlaceWordOnLines(builder, lines, word, pendingSpace, maxWidth, context);
            word.Clear();
            pendingSpace = null;
        }

        foreach (var run in runs)
        {
            var text = BidiControls.Strip(run.Text).Replace("\r\n", "\n", StringComparison.Ordinal);
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var atEnd = i == text.Length;
                var c = atEnd ? '\0' : text[i];
                if (!atEnd && !char.IsWhiteSpace(c)) continue;

                if (i > start) word.Add((text[start..i], run));
                start = i + 1;
                if (atEnd) break;

                PlaceWord();
                if (c == '\n')
                {
                    lines.Add(builder.Finish(run));
                    pendingSpace = null;
                }
                else if (!builder.IsEmpty)
                {
                    pendingSpace ??= run;
                }
            }
        }

        PlaceWord();
        if (!builder.IsEmpty || lines.Count == 0)
        {
            lines.Add(builder.Finish(runs.Count > 0 ? runs[^1] : new TextRun("")));
        }

        return lines;
    }

    private static void PlaceWordOnLines(
        LineBuilder builder, List<TextLine> lines, List<(string Text, TextRun Style)> word,
        TextRun? pendingSpace, float maxWidth, PdfRenderContext context)
    {
        var wordWidth = 0f;
        foreach (var (text, style) in word) wordWidth += context.Measure(text, style.Bold, style.Size);

        var spaceWidth = !builder.IsEmpty && pendingSpace is { } space ? context.Measure(" ", space.Bold, space.Size) : 0f;
        if (!builder.IsEmpty && builder.Width + spaceWidth + wordWidth > maxWidth)
        {
            lines.Add(builder.Finish(word[0].Style));
            spaceWidth = 0f;
        }

        if (!builder.IsEmpty && pendingSpace is { } s && spaceWidth > 0f) builder.Append(" ", s, spaceWidth);

        if (builder.Width + wordWidth <= maxWidth)
        {
            foreach (var (text, style) in word) builder.Append(text, style, context.Measure(text, style.Bold, style.Size));
            return;
        }

        // The word is wider than a whole line: break it between characters.
        foreach (var (text, style) in word)
        {
            var rest = text;
            while (rest.Length > 0)
            {
                var (count, measured) = FittingPrefix(rest, maxWidth - builder.Width, style, context);
                if (count == 0)
                {
                    if (!builder.IsEmpty)
                    {
                        lines.Add(builder.Finish(style));
                        continue;
                    }

                    // Not even one character fits an empty line: place one anyway so wrapping always progresses.
                    CodePoints.At(rest, 0, out count);
                    measured = context.Measure(rest[..count], style.Bold, style.Size);
                }

                builder.Append(rest[..count], style, measured);
                rest = rest[count..];
                if (rest.Length > 0) lines.Add(builder.Finish(style));
            }
        }
    }

    // The longest start of the text (whole code points) that fits the width, found by halving.
    private static (int Count, float Width) FittingPrefix(string text, float width, TextRun style, PdfRenderContext context)
    {
        int low = 0, high = text.Length;
        var lowWidth = 0f;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (mid < text.Length && char.IsLowSurrogate(text[mid]) && char.IsHighSurrogate(text[mid - 1])) mid--;
            if (mid <= low)
            {
                high = low;
                break;
            }

            var measured = context.Measure(text[..mid], style.Bold, style.Size);
            if (measured <= width)
            {
                low = mid;
                lowWidth = measured;
            }
            else
            {
                high = mid - 1;
            }
        }

        return (low, lowWidth);
    }

    private sealed class LineBuilder(PdfRenderContext context)
    {
        private readonly List<TextFragment> fragments = [];
        private readonly StringBuilder current = new();
        private TextRun currentStyle;
        private float ascent;
        private float descent;
        private float leading;

        public float Width { get; private set; }

        public bool IsEmpty => Width == 0f && fragments.Count == 0 && current.Length == 0;

        public void Append(string text, TextRun style, float width)
        {
            if (current.Length > 0 && (style.Bold != currentStyle.Bold || style.Size != currentStyle.Size))
            {
                FlushFragment();
            }

            if (current.Length == 0) currentStyle = style;

            current.Append(text);
            Width += width;
            IncludeMetrics(style);
        }

        public TextLine Finish(TextRun styleIfEmpty)
        {
            FlushFragment();
            if (fragments.Count == 0) IncludeMetrics(styleIfEmpty);
            var line = new TextLine(fragments.ToArray(), Width, ascent, ascent + descent + leading);
            fragments.Clear();
            Width = 0f;
            ascent = descent = leading = 0f;
            return line;
        }

        private void FlushFragment()
        {
            if (current.Length == 0) return;
            fragments.Add(new TextFragment(current.ToString(), currentStyle.Bold, currentStyle.Size));
            current.Clear();
        }

        private void IncludeMetrics(TextRun style)
        {
            var metrics = context.Font(style.Bold, style.Size).Metrics;
            ascent = Math.Max(ascent, -metrics.Ascent);
            descent = Math.Max(descent, metrics.Descent);
            leading = Math.Max(leading, metrics.Leading);
        }
    }
}
