using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Documents;
using Portal.Domain.Staff;
using Portal.Features.Cases;
using Portal.Security;

namespace Portal.Features.Incidents;

/// <summary>
/// <c>GET /sager/{id}/haendelseslog.pdf</c>: the citizen's incident log as a PDF, for the case-working roles
/// (visitator, contact person, counsellor, police) who may see the case. Every outcome is audited.
/// </summary>
public static class IncidentLogPrintEndpoints
{
    public const string NotFoundMessage = "Sagen findes ikke, eller du har ikke adgang til den.";

    public static void MapIncidentLogPrint(this WebApplication app) =>
        app.MapGet("/sager/{id:int}/haendelseslog.pdf", PrintAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoleNames.CaseWorkers });

    private static async Task<IResult> PrintAsync(int id, HttpContext http, IDbContextFactory<PortalDbContext> dbFactory,
        IncidentService incidents, AuditLog audit, IConfiguration config, ILoggerFactory loggers, CancellationToken ct)
    {
        var staff = await CurrentStaff.FindAsync(dbFactory, http.User);
        if (staff is null)
        {
            await audit.RecordAsync(http.User.Identity?.Name ?? "ukendt", "incidents.print.denied", null,
                "Udskrift af hændelseslog afvist: brugeren er ikke en aktiv medarbejder med den rolle.", ct);
            return PdfResults.Message(http, StatusCodes.Status404NotFound, NotFoundMessage);
        }

        var log = await incidents.LoadForPrintAsync(id, staff, ct);
        if (log is null)
        {
            var missing = await CaseVisibility.CheckAsync(dbFactory, id, staff, ct) == CaseVisibilityResult.Missing;
            await audit.RecordAsync(staff.Username, "incidents.print.denied", missing ? null : id,
                $"Udskrift af hændelseslog afvist: {(missing ? $"sag med id {id} findes ikke" : "ingen adgang til sagen")}.", ct);
            return PdfResults.Message(http, StatusCodes.Status404NotFound, NotFoundMessage);
        }

        var pdf = IncidentLogPdf.Render(log, MunicipalityLogo.Load(config, loggers.CreateLogger(typeof(MunicipalityLogo))));
        await audit.RecordAsync(staff.Username, "incidents.print", id,
            $"Hændelseslog på sag {log.CaseNumber} udskrevet ({log.Incidents.Count} hændelser).", ct);
        return PdfResults.Inline(http, pdf, IncidentLogPdf.FileName(log));
    }
}
