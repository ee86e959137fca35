namespace Portal.Documents;

/// <summary>Page size (points, 1/72 inch), margins and the running header and footer. Defaults: A4, 2 cm sides.</summary>
public sealed record PdfPageSetup
{
    public float Width { get; init; } = 595f;
    public float Height { get; init; } = 842f;
    public float MarginLeft { get; init; } = 56.7f;
    public float MarginRight { get; init; } = 56.7f;

    /// <summary>Top of the body; the header sits inside this margin.</summary>
    public float MarginTop { get; init; } = 78f;

    /// <summary>Bottom of the body measured from the page's lower edge; the footer sits inside this margin.</summary>
    public float MarginBottom { get; init; } = 66f;

    public string? HeaderText { get; init; }

    /// <summary>PNG or JPEG drawn at the right of the header, scaled to the header's height.</summary>
    public byte[]? HeaderLogo { get; init; }

    public string? FooterText { get; init; }

    /// <summary>The page number at the end of the footer; {0} is the page, {1} the number of pages.</summary>
    public string PageNumberFormat { get; init; } = "Side {0} af {1}";

    /// <summary>Lines start at the right, tables and lists are mirrored (Arabic, Farsi).</summary>
    public bool RightToLeft { get; init; }

    internal float BodyLeft => MarginLeft;
    internal float BodyTop => MarginTop;
    internal float BodyWidth => Width - MarginLeft - MarginRight;
    internal float BodyBottom => Height - MarginBottom;
    internal float BodyHeight => BodyBottom - BodyTop;
}
