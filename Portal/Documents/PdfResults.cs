using Microsoft.Net.Http.Headers;

namespace Portal.Documents;

/// <summary>How document endpoints answer: the PDF inline (the browser's own viewer prints it), never cached.</summary>
public static class PdfResults
{
    public static IResult Inline(HttpContext http, byte[] pdf, string fileName)
    {
        // Results.File with a download name would send "attachment"; "inline" lets "Print" open the PDF in the browser.
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = fileName }.ToString();
        NoStore(http);
        return Results.File(pdf, "application/pdf");
    }

    /// <summary>A plain Danish message with a status code, not cached (the status page is not shown instead of it).</summary>
    public static IResult Message(HttpContext http, int statusCode, string message)
    {
        NoStore(http);
        return Results.Text(message, "text/plain; charset=utf-8", statusCode: statusCode);
    }

    private static void NoStore(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
    }
}
