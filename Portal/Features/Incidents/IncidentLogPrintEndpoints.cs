using Portal.Documents;
using Portal.Security;

namespace Portal.Features.Incidents;

/// <summary>
/// <c>GET /sager/{id}/haendelseslog.pdf</c>: the citizen's incident log as a PDF, for those who may see the case.
/// </summary>
public static class IncidentLogPrintEndpoints
{
    public const string NotFoundMessage = CaseGate.NoAccessMessage;

    public static RouteHandlerBuilder MapIncidentLogPrint(this RouteGroupBuilder documents) =>
        documents.MapCaseDocument("/sager/{id:int}/haendelseslog.pdf", "incidents", CaseKey.Case, RenderAsync);

    private static async Task<DocumentOutcome> RenderAsync(HttpContext http, CaseScope scope, int id, CancellationToken ct)
    {
        var services = http.RequestServices;
        var log = await IncidentService.ForPrintAsync(scope, services.GetRequiredService<Municipality>(), ct);
        var logo = MunicipalityLogo.Load(services);
        return new DocumentOutcome.Pdf(IncidentLogPdf.Render(log, logo), IncidentLogPdf.FileName(log),
            $"Hændelseslog på sag {log.CaseNumber} udskrevet ({log.Incidents.Count} hændelser).");
    }
}
