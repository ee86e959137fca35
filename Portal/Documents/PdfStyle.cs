using SkiaSharp;

namespace Portal.Documents;

/// <summary>Sizes, spacing and colours of the municipal document look.</summary>
public static class PdfStyle
{
    public const float BodySize = 10f;
    public const float SmallSize = 8f;

    public static readonly SKColor Text = new(0x1f, 0x23, 0x28);
    public static readonly SKColor MutedText = new(0x55, 0x5d, 0x66);
    public static readonly SKColor Accent = new(0x1d, 0x4f, 0x76);
    public static readonly SKColor Rule = new(0xa9, 0xb4, 0xbf);
    public static readonly SKColor HeaderFill = new(0xe8, 0xee, 0xf4);
    public static readonly SKColor LabelFill = new(0xf4, 0xf6, 0xf8);

    public const float RuleWidth = 0.5f;
    public const float CellPadding = 4f;
    public const float ListIndent = 16f;
    public const float ListItemGap = 2.5f;
    public const float ParagraphGap = 6f;
    public const float BlockGap = 9f;

    public static float HeadingSize(int level) => level switch { 1 => 16f, 2 => 13f, _ => 11f };

    public static float HeadingGapBefore(int level) => level switch { 1 => 18f, 2 => 14f, _ => 10f };

    public const float HeadingGapAfter = 4f;
}
