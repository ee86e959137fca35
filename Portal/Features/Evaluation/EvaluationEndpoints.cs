using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Documents;
using Portal.Features.Dashboards;
using Portal.Security;

namespace Portal.Features.Evaluation;

/// <summary><c>GET /ledelse/evaluering/hent/{token}</c> (the finished export, once) and <c>GET /ledelse/evaluering/dataordbog.csv</c>.</summary>
public static class EvaluationEndpoints
{
    public const string GoneMessage = "Udtrækket er hentet eller udløbet. Kør udtrækket igen.";

    public static void MapEvaluationDownloads(this WebApplication app)
    {
        var group = app.MapGroup("/ledelse/evaluering").RequireAuthorization(new AuthorizeAttribute { Roles = "Leder,Administrator" });
        group.MapGet("/hent/{token}", async (string token, HttpContext http, IDbContextFactory<PortalDbContext> dbFactory, EvaluationDownloads downloads) =>
        {
            var staff = await CurrentStaff.FindAsync(dbFactory, http.User);
            if (staff is null || !DashboardService.MayRead(staff)) return PdfResults.Message(http, StatusCodes.Status403Forbidden, DashboardService.NoAccessMessage);
            if (downloads.Take(token, staff.Id) is not { } file) return PdfResults.Message(http, StatusCodes.Status404NotFound, GoneMessage);
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(file.Csv, "text/csv; charset=utf-8", file.FileName);
        });
        group.MapGet("/dataordbog.csv", () => Results.File(EvaluationExport.DictionaryCsv(), "text/csv; charset=utf-8", "evaluering-dataordbog.csv"));
    }
}
