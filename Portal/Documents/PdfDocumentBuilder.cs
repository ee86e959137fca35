using SkiaSharp;

namespace Portal.Documents;

/// <summary>An item of a checkbox list.</summary>
public readonly record struct CheckboxItem(string Text, bool Checked);

/// <summary>
/// Builds a PDF fluently: add blocks in reading order, then <see cref="Render()"/>. Rendering lays out
/// all pages first (so the footer can say "Side N af M"), then draws them. Render does not change the
/// builder and uses its own fonts and paints, so documents can be rendered in parallel.
/// </summary>
public sealed class PdfDocumentBuilder
{
    private readonly List<Func<PdfRenderContext, PdfPageSetup, LayoutBlock>> blocks = [];
    private PdfPageSetup setup = new();
    private string? title;
    private string? author;
    private string? subject;
    private DateTimeOffset? created;

    public PdfDocumentBuilder PageSetup(PdfPageSetup pageSetup)
    {
        setup = pageSetup;
        return this;
    }

    /// <summary>Running header: text at the left, an optional PNG/JPEG logo at the right.</summary>
    public PdfDocumentBuilder Header(string text, byte[]? logo = null)
    {
        if (logo is not null) ImageBlock.Create(logo, float.MaxValue, float.MaxValue, float.MaxValue, float.MaxValue);
        setup = setup with { HeaderText = text, HeaderLogo = logo };
        return this;
    }

    /// <summary>Running footer: text at the start of the line, the page number ("Side N af M") at its end.</summary>
    public PdfDocumentBuilder Footer(string text)
    {
        setup = setup with { FooterText = text };
        return this;
    }

    /// <summary>The page number's text, such as "Side {0} af {1}" (Danish, the default) or "Page {0} of {1}".</summary>
    public PdfDocumentBuilder PageNumbers(string format)
    {
        if (!format.Contains("{0}", StringComparison.Ordinal) || !format.Contains("{1}", StringComparison.Ordinal))
            throw new ArgumentException("The page number text needs {0} for the page and {1} for the number of pages.", nameof(format));
        setup = setup with { PageNumberFormat = format };
        return this;
    }

    /// <summary>A right-to-left document (Arabic, Farsi): lines start at the right, tables and lists are mirrored.</summary>
    public PdfDocumentBuilder RightToLeft(bool rightToLeft = true)
    {
        setup = setup with { RightToLeft = rightToLeft };
        return this;
    }

    /// <summary>Document properties. The creation time is passed in so output is reproducible and testable.</summary>
    public PdfDocumentBuilder Metadata(string title, string author, DateTimeOffset created, string? subject = null)
    {
        this.title = title;
        this.author = author;
        this.created = created;
        this.subject = subject;
        return this;
    }

    public PdfDocumentBuilder Heading(string text, int level = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        return Add((context, page) => LineBlock.Heading(text, level, page.BodyWidth, context));
    }

    public PdfDocumentBuilder Paragraph(string text, bool bold = false, float size = PdfStyle.BodySize) =>
        Paragraph(new TextRun(text, bold, size));

    public PdfDocumentBuilder Paragraph(params TextRun[] runs)
    {
        var copy = runs.ToArray();
        return Add((context, page) => LineBlock.Paragraph(copy, page.BodyWidth, context));
    }

    /// <summary>A shaded, boxed paragraph for what the reader must not miss; never split across pages.</summary>
    public PdfDocumentBuilder Callout(params TextRun[] runs)
    {
        var copy = runs.ToArray();
        return Add((context, page) => CalloutBlock.Create(copy, page.BodyWidth, context));
    }

    public PdfDocumentBuilder BulletList(IEnumerable<string> items, float size = PdfStyle.BodySize)
    {
        var copy = items.Select(text => (text, LineMarker.Bullet)).ToArray();
        return Add((context, page) => LineBlock.List(copy, page.BodyWidth, context, size));
    }

    public PdfDocumentBuilder CheckboxList(IEnumerable<CheckboxItem> items, float size = PdfStyle.BodySize)
    {
        var copy = items.Select(item => (item.Text, item.Checked ? LineMarker.Checked : LineMarker.Unchecked)).ToArray();
        return Add((context, page) => LineBlock.List(copy, page.BodyWidth, context, size));
    }

    /// <summary>Two columns, label (bold, shaded) and value; both wrap.</summary>
    public PdfDocumentBuilder KeyValueTable(IEnumerable<(string Label, string Value)> rows, float labelFraction = 0.34f, float size = PdfStyle.BodySize)
    {
        var copy = rows.Select(r => (IReadOnlyList<string>)[r.Label, r.Value]).ToArray();
        float[] fractions = [labelFraction, 1f - labelFraction];
        return Add((context, page) => TableBlock.Create(null, copy, fractions, labelColumn: true, page.BodyWidth, context, size));
    }

    /// <summary>
    /// A table with a header row that is repeated after each page break. Widths are fractions of the body width.
    /// <paramref name="keepTogether"/> moves a table that fits on one page to the next page whole instead of splitting it.
    /// </summary>
    public PdfDocumentBuilder Table(
        IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<float>? columnWidths = null, float size = PdfStyle.BodySize,
        bool keepTogether = false)
    {
        var headerCopy = header.ToArray();
        var copy = rows.Select(r => (IReadOnlyList<string>)r.ToArray()).ToArray();
        var fractions = columnWidths?.ToArray() ?? Enumerable.Repeat(1f, headerCopy.Length).ToArray();
        if (fractions.Length != headerCopy.Length || fractions.Any(f => f <= 0f))
        {
            throw new ArgumentException("Give one positive width per column.", nameof(columnWidths));
        }

        return Add((context, page) => TableBlock.Create(headerCopy, copy, fractions, labelColumn: false, page.BodyWidth, context, size, keepTogether));
    }

    /// <summary>A PNG or JPEG, scaled down to fit within the given size (points) and the page body.</summary>
    public PdfDocumentBuilder Image(byte[] encoded, float maxWidth, float maxHeight)
    {
        // Decoding the size now makes a bad image fail where it is added, not later in Render.
        ImageBlock.Create(encoded, maxWidth, maxHeight, float.MaxValue, float.MaxValue);
        var copy = encoded.ToArray();
        return Add((_, page) => ImageBlock.Create(copy, maxWidth, maxHeight, page.BodyWidth, page.BodyHeight));
    }

    public PdfDocumentBuilder Spacer(float height) => Add((_, _) => new SpacerBlock(height));

    public PdfDocumentBuilder PageBreak() => Add((_, _) => new PageBreakBlock());

    public byte[] Render()
    {
        using var stream = new MemoryStream();
        Render(stream);
        return stream.ToArray();
    }

    public void Render(Stream output)
    {
        var page = setup;
        using var context = new PdfRenderContext { RightToLeft = page.RightToLeft };
        var laidOut = blocks.Select(layout => layout(context, page)).ToArray();
        var pages = Paginator.Paginate(laidOut, page);

        using (var pdfStream = new SKManagedWStream(output))
        using (var document = SKDocument.CreatePdf(pdfStream, CreateMetadata())
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document."))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(page.Width, page.Height);
                PageFrame.Draw(context, canvas, page, i + 1, pages.Count);
                foreach (var placed in pages[i]) placed.Block.Draw(context, canvas, page.BodyLeft, placed.Top);
                document.EndPage();
            }

            document.Close();
        }
    }

    private PdfDocumentBuilder Add(Func<PdfRenderContext, PdfPageSetup, LayoutBlock> block)
    {
        blocks.Add(block);
        return this;
    }

    private SKDocumentPdfMetadata CreateMetadata()
    {
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = title;
        metadata.Author = author;
        metadata.Subject = subject;
        metadata.Creator = "Portal";
        if (created is { } time)
        {
            metadata.Creation = time.UtcDateTime;
            metadata.Modified = time.UtcDateTime;
        }

        return metadata;
    }
}
