using System.Text;
using SkiaSharp;

namespace Portal.Documents;

/// <summary>A run of same-styled text on a line, starting <see cref="X"/> points from the line's left edge.</summary>
internal sealed record TextFragment(string Text, bool Bold, float Size, float X);

/// <summary>One wrapped line. <see cref="Ascent"/> is the distance from the line's top to its baseline.</summary>
internal sealed record TextLine(IReadOnlyList<TextFragment> Fragments, float Width, float Ascent, float Height)
{
    public void Draw(PdfRenderContext context, SKCanvas canvas, float x, float top, SKColor color)
    {
        var paint = context.Fill(color);
        foreach (var fragment in Fragments)
        {
            canvas.DrawText(fragment.Text, x + fragment.X, top + Ascent, context.Font(fragment.Bold, fragment.Size), paint);
        }
    }
}

/// <summary>Greedy word wrap of styled runs; a word wider than a line is broken between characters.</summary>
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
            var text = run.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
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
            var font = context.Font(style.Bold, style.Size);
            var rest = text;
            while (rest.Length > 0)
            {
                var count = font.BreakText(rest, maxWidth - builder.Width, out var measured);
                if (count > 0 && count < rest.Length && char.IsHighSurrogate(rest[count - 1])) count--;
                if (count == 0)
                {
                    if (!builder.IsEmpty)
                    {
                        lines.Add(builder.Finish(style));
                        continue;
                    }

                    // Not even one character fits an empty line: place one anyway so wrapping always progresses.
                    count = char.IsHighSurrogate(rest[0]) && rest.Length > 1 ? 2 : 1;
                    measured = font.MeasureText(rest[..count]);
                }

                builder.Append(rest[..count], style, measured);
                rest = rest[count..];
                if (rest.Length > 0) lines.Add(builder.Finish(style));
            }
        }
    }

    private sealed class LineBuilder(PdfRenderContext context)
    {
        private readonly List<TextFragment> fragments = [];
        private readonly StringBuilder current = new();
        private TextRun currentStyle;
        private float currentX;
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

            if (current.Length == 0)
            {
                currentStyle = style;
                currentX = Width;
            }

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
            fragments.Add(new TextFragment(current.ToString(), currentStyle.Bold, currentStyle.Size, currentX));
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
