using SkiaSharp;

namespace Portal.Documents;

/// <summary>One table row: the wrapped lines of each cell.</summary>
internal sealed record TableRow(IReadOnlyList<IReadOnlyList<TextLine>> Cells)
{
    public float Height { get; } = Cells.Max(c => c.Sum(l => l.Height)) + 2 * PdfStyle.CellPadding;
}

/// <summary>
/// A ruled table that splits between rows and repeats its header row on every page.
/// A row taller than a whole page is split between lines.
/// </summary>
internal sealed class TableBlock : LayoutBlock
{
    private readonly float[] columnWidths;
    private readonly TableRow? header;
    private readonly IReadOnlyList<TableRow> rows;
    private readonly bool labelColumn;

    private TableBlock(float[] columnWidths, TableRow? header, IReadOnlyList<TableRow> rows, bool labelColumn)
    {
        this.columnWidths = columnWidths;
        this.header = header;
        this.rows = rows;
        this.labelColumn = labelColumn;
        SpaceBefore = PdfStyle.BlockGap;
        SpaceAfter = PdfStyle.BlockGap;
        Height = (header?.Height ?? 0f) + rows.Sum(r => r.Height);
    }

    public override float Height { get; }

    /// <summary>Moves to the next page whole rather than split, unless it is taller than a page.</summary>
    public bool KeepTogether { get; init; }

    public override float FirstUnitHeight => KeepTogether ? Height : (header?.Height ?? 0f) + rows[0].Height;

    public static TableBlock Create(
        IReadOnlyList<string>? headerCells, IReadOnlyList<IReadOnlyList<string>> bodyRows, IReadOnlyList<float> fractions,
        bool labelColumn, float width, PdfRenderContext context, float size = PdfStyle.BodySize, bool keepTogether = false)
    {
        if (bodyRows.Count == 0) throw new ArgumentException("A table needs at least one row.", nameof(bodyRows));
        var total = fractions.Sum();
        var widths = fractions.Select(f => width * f / total).ToArray();

        TableRow Row(IReadOnlyList<string> cells, bool isHeader)
        {
            if (cells.Count != widths.Length)
            {
                throw new ArgumentException($"Every row needs {widths.Length} cells; one has {cells.Count}.", nameof(bodyRows));
            }

            return new TableRow(cells.Select((text, i) => (IReadOnlyList<TextLine>)TextWrapper.Wrap(
                [new TextRun(text, Bold: isHeader || (labelColumn && i == 0), Size: size)],
                widths[i] - 2 * PdfStyle.CellPadding,
                context)).ToArray());
        }

        var header = headerCells is null ? null : Row(headerCells, isHeader: true);
        return new TableBlock(widths, header, bodyRows.Select(r => Row(r, isHeader: false)).ToArray(), labelColumn) { KeepTogether = keepTogether };
    }

    public override BlockSplit Split(float available, bool atPageTop)
    {
        if (Height <= available) return new(this, null);
        if (KeepTogether && !atPageTop) return new(null, this);

        var used = header?.Height ?? 0f;
        var count = 0;
        while (count < rows.Count && used + rows[count].Height <= available)
        {
            used += rows[count].Height;
            count++;
        }

        if (count > 0) return new(WithRows(rows.Take(count)), WithRows(rows.Skip(count)));
        if (!atPageTop) return new(null, this);

        var (first, rest) = SplitRow(rows[0], available - (header?.Height ?? 0f) - 2 * PdfStyle.CellPadding);
        return new(WithRows([first]), WithRows(rows.Skip(1).Prepend(rest)));
    }

    public override void Draw(PdfRenderContext context, SKCanvas canvas, float left, float top)
    {
        var rule = context.Stroke(PdfStyle.Rule, PdfStyle.RuleWidth);
        var width = columnWidths.Sum();
        var y = top;

        if (header is not null)
        {
            canvas.DrawRect(SKRect.Create(left, y, width, header.Height), context.Fill(PdfStyle.HeaderFill));
            DrawCells(context, canvas, header, left, y);
            y += header.Height;
        }

        foreach (var row in rows)
        {
            if (labelColumn) canvas.DrawRect(SKRect.Create(ColumnLeft(context, left, 0), y, columnWidths[0], row.Height), context.Fill(PdfStyle.LabelFill));
            canvas.DrawLine(left, y, left + width, y, rule);
            DrawCells(context, canvas, row, left, y);
            y += row.Height;
        }

        canvas.DrawRect(SKRect.Create(left, top, width, y - top), rule);
        var x = left;
        for (var i = 0; i < columnWidths.Length - 1; i++)
        {
            x += columnWidths[i];
            canvas.DrawLine(x, top, x, y, rule);
        }
    }

    private void DrawCells(PdfRenderContext context, SKCanvas canvas, TableRow row, float left, float top)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var x = ColumnLeft(context, left, i);
            var y = top + PdfStyle.CellPadding;
            foreach (var line in row.Cells[i])
            {
                line.Draw(context, canvas, x + PdfStyle.CellPadding, columnWidths[i] - 2 * PdfStyle.CellPadding, y, PdfStyle.Text);
                y += line.Height;
            }
        }
    }

    // The first column is at the left, or at the right in a right-to-left document.
    private float ColumnLeft(PdfRenderContext context, float left, int column)
    {
        var before = columnWidths.Take(column).Sum();
        return context.RightToLeft ? left + columnWidths.Sum() - before - columnWidths[column] : left + before;
    }

    private TableBlock WithRows(IEnumerable<TableRow> someRows) =>
        new(columnWidths, header, someRows.ToArray(), labelColumn) { SpaceBefore = SpaceBefore, SpaceAfter = SpaceAfter };

    private static (TableRow First, TableRow Remainder) SplitRow(TableRow row, float available)
    {
        var first = new List<IReadOnlyList<TextLine>>();
        var rest = new List<IReadOnlyList<TextLine>>();
        foreach (var cell in row.Cells)
        {
            var count = 0;
            var used = 0f;
            while (count < cell.Count && used + cell[count].Height <= available)
            {
                used += cell[count].Height;
                count++;
            }

            // At least one line per cell, so a split always progresses.
            count = Math.Max(count, Math.Min(1, cell.Count));
            first.Add(cell.Take(count).ToArray());
            rest.Add(cell.Skip(count).ToArray());
        }

        return (new TableRow(first), new TableRow(rest));
    }
}
