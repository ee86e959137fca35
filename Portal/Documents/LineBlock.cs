using SkiaSharp;

namespace Portal.Documents;

internal enum LineMarker
{
    None,
    Bullet,
    Unchecked,
    Checked,
}

/// <summary>A wrapped line, indented, with an optional list marker and the gap above it.</summary>
internal sealed record LineItem(TextLine Line, float Indent, LineMarker Marker, float MarkerSize, float GapBefore);

/// <summary>Headings, paragraphs and lists: a column of lines that splits between any two lines.</summary>
internal sealed class LineBlock(IReadOnlyList<LineItem> items, SKColor color, float width, bool unsplittable = false) : LayoutBlock
{
    public override float Height { get; } = MeasureHeight(items);

    /// <summary>Widow and orphan control: a block split over two pages leaves at least this many lines on each.</summary>
    public const int MinLinesAtBreak = 2;

    public override float FirstUnitHeight =>
        unsplittable || items.Count < 2 * MinLinesAtBreak ? Height : MeasureHeight(items.Take(MinLinesAtBreak).ToArray());

    public static LineBlock Heading(string text, int level, float width, PdfRenderContext context)
    {
        var lines = TextWrapper.Wrap([new TextRun(text, Bold: true, Size: PdfStyle.HeadingSize(level))], width, context);
        return new LineBlock(lines.Select(l => new LineItem(l, 0f, LineMarker.None, 0f, 0f)).ToArray(), PdfStyle.Accent, width, unsplittable: true)
        {
            SpaceBefore = PdfStyle.HeadingGapBefore(level),
            SpaceAfter = PdfStyle.HeadingGapAfter,
            KeepWithNext = true,
        };
    }

    public static LineBlock Paragraph(IReadOnlyList<TextRun> runs, float width, PdfRenderContext context)
    {
        var lines = TextWrapper.Wrap(runs, width, context);
        return new LineBlock(lines.Select(l => new LineItem(l, 0f, LineMarker.None, 0f, 0f)).ToArray(), PdfStyle.Text, width)
        {
            SpaceBefore = PdfStyle.ParagraphGap,
            SpaceAfter = PdfStyle.ParagraphGap,
        };
    }

    public static LineBlock List(IEnumerable<(string Text, LineMarker Marker)> entries, float width, PdfRenderContext context, float size = PdfStyle.BodySize)
    {
        var items = new List<LineItem>();
        foreach (var (text, marker) in entries)
        {
            var lines = TextWrapper.Wrap([new TextRun(text, Size: size)], width - PdfStyle.ListIndent, context);
            for (var i = 0; i < lines.Count; i++)
            {
                var gap = i == 0 && items.Count > 0 ? PdfStyle.ListItemGap : 0f;
                items.Add(new LineItem(lines[i], PdfStyle.ListIndent, i == 0 ? marker : LineMarker.None, size, gap));
            }
        }

        if (items.Count == 0) throw new ArgumentException("A list needs at least one item.", nameof(entries));
        return new LineBlock(items, PdfStyle.Text, width) { SpaceBefore = PdfStyle.ParagraphGap, SpaceAfter = PdfStyle.BlockGap };
    }

    public override BlockSplit Split(float available, bool atPageTop)
    {
        if (Height <= available) return new(this, null);
        if (unsplittable) return atPageTop ? new(this, null) : new(null, this);

        var count = 0;
        var used = 0f;
        while (count < items.Count)
        {
            var next = used + (count > 0 ? items[count].GapBefore : 0f) + items[count].Line.Height;
            if (next > available) break;
            used = next;
            count++;
        }

        // Never a single line alone at the bottom of a page or at the top of the next one.
        var fitted = count;
        if (items.Count - count < MinLinesAtBreak) count = items.Count - MinLinesAtBreak;
        if (count < MinLinesAtBreak) count = 0;

        if (count == 0)
        {
            if (!atPageTop) return new(null, this);
            count = Math.Max(1, fitted);
        }

        return new(Slice(0, count), Slice(count, items.Count - count));
    }

    public override void Draw(PdfRenderContext context, SKCanvas canvas, float left, float top)
    {
        var y = top;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (i > 0) y += item.GapBefore;
            // In a right-to-left document the indent and the list marker are at the right.
            var textLeft = context.RightToLeft ? left : left + item.Indent;
            item.Line.Draw(context, canvas, textLeft, width - item.Indent, y, color);
            if (item.Marker != LineMarker.None)
            {
                DrawMarker(context, canvas, item, context.RightToLeft ? left + width - item.Indent : left, y + item.Line.Ascent);
            }

            y += item.Line.Height;
        }
    }

    private LineBlock Slice(int start, int count) =>
        new(items.Skip(start).Take(count).ToArray(), color, width, unsplittable)
        {
            SpaceBefore = SpaceBefore,
            SpaceAfter = SpaceAfter,
            KeepWithNext = KeepWithNext,
        };

    private static float MeasureHeight(IReadOnlyList<LineItem> items)
    {
        var height = 0f;
        for (var i = 0; i < items.Count; i++) height += (i > 0 ? items[i].GapBefore : 0f) + items[i].Line.Height;
        return height;
    }

    private static void DrawMarker(PdfRenderContext context, SKCanvas canvas, LineItem item, float left, float baseline)
    {
        var font = context.Font(false, item.MarkerSize);
        var side = item.MarkerSize * 0.8f;
        // The marker sits at the start of the indent: its left in a left-to-right document, its right otherwise.
        var start = context.RightToLeft ? left + item.Indent - side - 2f : left + 1f;
        if (item.Marker == LineMarker.Bullet)
        {
            canvas.DrawText("•", context.RightToLeft ? left + item.Indent - 4f - font.MeasureText("•") : left + 4f, baseline, font, context.Fill(PdfStyle.Text));
            return;
        }

        // Noto Sans has no ballot-box glyphs, so checkboxes are drawn as paths.
        var centerY = baseline - font.Metrics.CapHeight / 2f;
        var box = SKRect.Create(start, centerY - side / 2f, side, side);
        canvas.DrawRect(box, context.Stroke(PdfStyle.Text, 0.75f));
        if (item.Marker != LineMarker.Checked) return;

        using var tick = new SKPath();
        tick.MoveTo(box.Left + side * 0.2f, box.Top + side * 0.52f);
        tick.LineTo(box.Left + side * 0.42f, box.Top + side * 0.75f);
        tick.LineTo(box.Left + side * 0.82f, box.Top + side * 0.24f);
        canvas.DrawPath(tick, context.Stroke(PdfStyle.Text, 1.25f));
    }
}
