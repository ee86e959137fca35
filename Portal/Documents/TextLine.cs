using SkiaSharp;

namespace Portal.Documents;

/// <summary>A run of same-styled text on a line, in reading order.</summary>
internal sealed record TextFragment(string Text, bool Bold, float Size);

/// <summary>
/// One wrapped line, its fragments in reading order. <see cref="Ascent"/> is the distance from the line's top to
/// its baseline. Drawing splits the line into pieces of one font family and one direction, lays them out in
/// visual order (right to left pieces reversed), and starts at the right edge in a right-to-left document.
/// </summary>
internal sealed record TextLine(IReadOnlyList<TextFragment> Fragments, float Width, float Ascent, float Height)
{
    /// <param name="alignEnd">Align at the end of the line instead of its start (the page number).</param>
    public void Draw(PdfRenderContext context, SKCanvas canvas, float left, float width, float top, SKColor color, bool alignEnd = false)
    {
        var pieces = Pieces(context);
        if (pieces.Count == 0) return;

        var shaped = pieces.Select(p => TextShaping.Shape(context, p)).ToArray();
        var lineWidth = shaped.Sum(s => s.Width);
        var x = context.RightToLeft != alignEnd ? left + width - lineWidth : left;

        // Positions come from the visual order; drawing follows the reading order, so a PDF reader extracts the text as it is read.
        var positions = new float[pieces.Count];
        foreach (var index in BidiLevels.VisualOrder(pieces.Select(p => p.Level).ToArray()))
        {
            positions[index] = x;
            x += shaped[index].Width;
        }

        var paint = context.Fill(color);
        for (var i = 0; i < shaped.Length; i++) shaped[i].Draw(canvas, positions[i], top + Ascent, paint);
    }

    /// <summary>The line cut where the style, the font family or the direction changes, in reading order.</summary>
    internal List<TextPiece> Pieces(PdfRenderContext context)
    {
        var text = string.Concat(Fragments.Select(f => f.Text));
        var levels = BidiLevels.Resolve(text, context.RightToLeft);
        var pieces = new List<TextPiece>();
        var offset = 0;
        foreach (var fragment in Fragments)
        {
            foreach (var run in FontFallback.Split(fragment.Text, context.HasGlyph))
            {
                var start = run.Start;
                var end = run.Start + run.Length;
                while (start < end)
                {
                    var level = levels[offset + start];
                    var cut = start + 1;
                    while (cut < end && (levels[offset + cut] == level || run.Placeholder)) cut++;
                    pieces.Add(new TextPiece(fragment.Text[start..cut], fragment.Bold, fragment.Size, run.Script, level, run.Placeholder));
                    start = cut;
                }
            }

            offset += fragment.Text.Length;
        }

        return pieces;
    }
}

/// <summary>Text of one style, font family and embedding level (odd: right to left).</summary>
internal sealed record TextPiece(string Text, bool Bold, float Size, FontScript Script, byte Level, bool Placeholder = false);
