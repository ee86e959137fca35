using System.Text;
using HarfBuzzSharp;
using SkiaSharp;

namespace Portal.Documents;

/// <summary>
/// Glyphs and positions of one <see cref="TextPiece"/>. Arabic script and right-to-left pieces are shaped by
/// HarfBuzz (joined letter forms, marks, mirrored brackets); other text maps one glyph to each character, as
/// before. Every glyph run carries its text and clusters, so the PDF records what each glyph stands for
/// (Skia writes <c>/ActualText</c> where a glyph has no character of its own) and the text can be copied and searched.
/// </summary>
internal sealed class ShapedPiece(SKFont font, ushort[] glyphs, SKPoint[] offsets, uint[] clusters, byte[] utf8, float width)
{
    public float Width => width;

    public void Draw(SKCanvas canvas, float x, float baseline, SKPaint paint)
    {
        if (glyphs.Length == 0) return;
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedTextRun(font, glyphs.Length, utf8.Length, null);
        glyphs.CopyTo(run.Glyphs);
        utf8.CopyTo(run.Text);
        clusters.CopyTo(run.Clusters);
        var positions = run.Positions;
        for (var i = 0; i < offsets.Length; i++) positions[i] = new SKPoint(x + offsets[i].X, baseline + offsets[i].Y);
        using var blob = builder.Build();
        if (blob is not null) canvas.DrawText(blob, 0, 0, paint);
    }
}

internal static class TextShaping
{
    public static bool NeedsShaping(TextPiece piece) => piece.Script == FontScript.Arabic || piece.Level % 2 == 1;

    public static ShapedPiece Shape(PdfRenderContext context, TextPiece piece)
    {
        var font = context.Font(piece.Bold, piece.Size, piece.Script);
        var utf8 = Encoding.UTF8.GetBytes(piece.Text);
        var byteOffsets = Utf8Offsets(piece.Text);

        if (piece.Placeholder)
        {
            // Glyph 0 (.notdef) of Noto Sans is a box: a visible mark where a character (an emoji) has no glyph.
            ushort[] box = [0];
            return new ShapedPiece(font, box, [SKPoint.Empty], [0], utf8, font.GetGlyphWidths(box)[0]);
        }

        if (NeedsShaping(piece))
        {
            var rightToLeft = piece.Level % 2 == 1;
            using var buffer = new HarfBuzzSharp.Buffer();
            buffer.AddUtf16(piece.Text);
            buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
            buffer.GuessSegmentProperties();
            var result = context.Shaper(piece.Bold, piece.Script).Shape(buffer, font);

            // HarfBuzz returns glyphs in visual order; keep positions, store them in reading order. The invisible
            // joiners and direction marks get no glyph of their own: their text joins the glyph before them, so a
            // zero-width glyph does not sit on top of the next letter for a PDF reader.
            var count = result.Codepoints.Length;
            var glyphs = new List<ushort>(count);
            var offsets = new List<SKPoint>(count);
            var clusters = new List<uint>(count);
            for (var k = 0; k < count; k++)
            {
                var i = rightToLeft ? count - 1 - k : k;
                var cluster = (int)result.Clusters[i];
                if (glyphs.Count > 0 && piece.Text[cluster] is '\u200C' or '\u200D' or '\u200E' or '\u200F') continue;
                glyphs.Add((ushort)result.Codepoints[i]);
                offsets.Add(result.Points[i]);
                clusters.Add((uint)byteOffsets[cluster]);
            }

            return new ShapedPiece(font, [.. glyphs], [.. offsets], [.. clusters], utf8, result.Width);
        }

        var plain = font.GetGlyphs(piece.Text);
        var widths = font.GetGlyphWidths(plain);
        var plainOffsets = new SKPoint[plain.Length];
        var plainClusters = new uint[plain.Length];
        var x = 0f;
        var index = 0;
        for (var g = 0; g < plain.Length; g++)
        {
            plainOffsets[g] = new SKPoint(x, 0f);
            plainClusters[g] = (uint)byteOffsets[index];
            x += widths[g];
            CodePoints.At(piece.Text, index, out var length);
            index += length;
        }

        return new ShapedPiece(font, plain, plainOffsets, plainClusters, utf8, x);
    }

    /// <summary>Width of text in one style, as <see cref="TextLine.Draw"/> will lay it out.</summary>
    public static float Measure(PdfRenderContext context, string text, bool bold, float size)
    {
        if (FontFallback.IsPlainLatin(text)) return context.Font(bold, size).MeasureText(text);
        var width = 0f;
        foreach (var run in FontFallback.Split(text, context.HasGlyph))
        {
            var part = text.Substring(run.Start, run.Length);
            var piece = new TextPiece(part, bold, size, run.Script, run.Script == FontScript.Arabic ? (byte)1 : (byte)0, run.Placeholder);
            width += piece.Placeholder || NeedsShaping(piece) ? Shape(context, piece).Width : context.Font(bold, size, run.Script).MeasureText(part);
        }

        return width;
    }

    // The UTF-8 byte offset of each UTF-16 index (and of the end), for glyph clusters.
    private static int[] Utf8Offsets(string text)
    {
        var offsets = new int[text.Length + 1];
        var bytes = 0;
        for (var i = 0; i < text.Length;)
        {
            CodePoints.At(text, i, out var length);
            var size = Encoding.UTF8.GetByteCount(text.AsSpan(i, length));
            for (var j = 0; j < length; j++) offsets[i + j] = bytes;
            bytes += size;
            i += length;
        }

        offsets[text.Length] = bytes;
        return offsets;
    }
}
