using System.Globalization;
using SkiaSharp;

namespace Portal.Documents;

/// <summary>The running header and footer drawn on every page; mirrored in a right-to-left document.</summary>
internal static class PageFrame
{
    private const float HeaderTop = 28f;
    private const float RuleGap = 14f;

    public static void Draw(PdfRenderContext context, SKCanvas canvas, PdfPageSetup setup, int pageNumber, int pageCount)
    {
        var left = setup.MarginLeft;
        var right = setup.Width - setup.MarginRight;
        var rule = context.Stroke(PdfStyle.Rule, PdfStyle.RuleWidth);

        if (setup.HeaderText is not null || setup.HeaderLogo is not null)
        {
            var headerRule = setup.MarginTop - RuleGap;
            if (setup.HeaderLogo is { } logo)
            {
                var image = context.Image(logo);
                var scale = Math.Min((headerRule - 5f - HeaderTop) / image.Height, 140f / image.Width);
                var width = image.Width * scale;
                var imageLeft = context.RightToLeft ? left : right - width;
                canvas.DrawImage(image, SKRect.Create(imageLeft, HeaderTop, width, image.Height * scale), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
            }

            if (setup.HeaderText is { } text) DrawLine(context, canvas, text, true, left, right, headerRule - 6f, alignEnd: false);

            canvas.DrawLine(left, headerRule, right, headerRule, rule);
        }

        var footerRule = setup.Height - setup.MarginBottom + 18f;
        var baseline = footerRule + 13f;
        canvas.DrawLine(left, footerRule, right, footerRule, rule);
        if (setup.FooterText is { } footer) DrawLine(context, canvas, footer, false, left, right, baseline, alignEnd: false);
        var pageText = string.Format(CultureInfo.InvariantCulture, setup.PageNumberFormat, pageNumber, pageCount);
        DrawLine(context, canvas, pageText, false, left, right, baseline, alignEnd: true);
    }

    // One line of small muted text with its baseline at the given height, at the start or the end of the line.
    private static void DrawLine(PdfRenderContext context, SKCanvas canvas, string text, bool bold, float left, float right, float baseline, bool alignEnd)
    {
        var line = TextWrapper.Wrap([new TextRun(text, bold, PdfStyle.SmallSize)], float.MaxValue, context)[0];
        line.Draw(context, canvas, left, right - left, baseline - line.Ascent, PdfStyle.MutedText, alignEnd);
    }
}
