using SkiaSharp;

namespace Portal.Documents;

/// <summary>The running header and footer drawn on every page.</summary>
internal static class PageFrame
{
    private const float HeaderTop = 28f;
    private const float RuleGap = 14f;

    public static void Draw(PdfRenderContext context, SKCanvas canvas, PdfPageSetup setup, int pageNumber, int pageCount)
    {
        var left = setup.MarginLeft;
        var right = setup.Width - setup.MarginRight;
        var rule = context.Stroke(PdfStyle.Rule, PdfStyle.RuleWidth);
        var font = context.Font(false, PdfStyle.SmallSize);
        var paint = context.Fill(PdfStyle.MutedText);

        if (setup.HeaderText is not null || setup.HeaderLogo is not null)
        {
            var headerRule = setup.MarginTop - RuleGap;
            if (setup.HeaderLogo is { } logo)
            {
                var image = context.Image(logo);
                var scale = Math.Min((headerRule - 5f - HeaderTop) / image.Height, 140f / image.Width);
                var width = image.Width * scale;
                canvas.DrawImage(image, SKRect.Create(right - width, HeaderTop, width, image.Height * scale), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
            }

            if (setup.HeaderText is { } text)
            {
                canvas.DrawText(text, left, headerRule - 6f, context.Font(true, PdfStyle.SmallSize), paint);
            }

            canvas.DrawLine(left, headerRule, right, headerRule, rule);
        }

        var footerRule = setup.Height - setup.MarginBottom + 18f;
        var baseline = footerRule + 13f;
        canvas.DrawLine(left, footerRule, right, footerRule, rule);
        if (setup.FooterText is { } footer) canvas.DrawText(footer, left, baseline, font, paint);
        canvas.DrawText($"Side {pageNumber} af {pageCount}", right, baseline, SKTextAlign.Right, font, paint);
    }
}
