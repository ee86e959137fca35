using Microsoft.AspNetCore.Authorization;
using Portal.Documents;
using Portal.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Security;

namespace Portal.Features.Dashboards;

/// <summary>
/// <c>GET /ledelse/rapport.pdf?…</c> and <c>GET /ledelse/tabel/{key}.csv?…</c>: the dashboard's figures with the page's
/// filter (<see cref="DashboardFilter.ToQuery"/>), for Leder and Administrator, audited. CSV cells are guarded against formulas.
/// </summary>
public static class DashboardEndpoints
{
    public const string UnknownTableMessage = "Tabellen findes ikke.";

    public static void MapDashboardExports(this WebApplication app)
    {
        var group = app.MapGroup("/ledelse").RequireAuthorization(new AuthorizeAttribute { Roles = "Leder,Administrator" });
        group.MapGet("/rapport.pdf", async (HttpContext http, DashboardService dashboards, IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time, CancellationToken ct) =>
        {
            if (await LoadAsync(http, dashboards, dbFactory, time, ct) is not ({ } staff, { } data)) return Refusal(http);
            await dashboards.RecordExportAsync(staff, "Ledelsesrapport (PDF)", data, ct);
            return PdfResults.Inline(http, DashboardPdf.Render(data, staff.Name, time.GetUtcNow(), MunicipalityLogo.Load(http.RequestServices)), DashboardPdf.FileName(data));
        });
        group.MapGet("/tabel/{key}.csv", async (string key, HttpContext http, DashboardService dashboards, IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time, CancellationToken ct) =>
        {
            if (!DashboardTables.Keys.Contains(key)) return PdfResults.Message(http, StatusCodes.Status404NotFound, UnknownTableMessage);
            if (await LoadAsync(http, dashboards, dbFactory, time, ct) is not ({ } staff, { } data)) return Refusal(http);
            var table = DashboardTables.Find(data, key)!;
            await dashboards.RecordExportAsync(staff, $"Tabel «{table.Title}» (CSV, {table.Rows.Count} rækker)", data, ct);
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(table.ToCsv(), "text/csv; charset=utf-8", $"{key}-{data.Filter.Period.From:yyyy-MM-dd}.csv");
        });
    }

    private static IResult Refusal(HttpContext http) =>
        http.Items.ContainsKey(BadFilter)
            ? PdfResults.Message(http, StatusCodes.Status400BadRequest, DashboardFilter.BadFilterMessage)
            : PdfResults.Message(http, StatusCodes.Status403Forbidden, DashboardService.NoAccessMessage);

    private const string BadFilter = "dashboard.badfilter";

    private static async Task<(Domain.Staff.StaffMember?, DashboardData?)> LoadAsync(HttpContext http, DashboardService dashboards,
        IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time, CancellationToken ct)
    {
        var staff = await CurrentStaff.FindAsync(dbFactory, http.User);
        if (staff is null || !DashboardService.MayRead(staff)) return (null, null);
        if (!DashboardFilter.TryParse(http.Request.Query, DanishTime.Today(time.GetUtcNow()), out var filter))
        {
            http.Items[BadFilter] = true;
            return (null, null);
        }
        return (staff, await dashboards.LoadAsync(filter, staff, ct));
    }
}
