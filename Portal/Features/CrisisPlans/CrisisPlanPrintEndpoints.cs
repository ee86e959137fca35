using System.Globalization;
using Portal.Documents;
using Portal.Domain.CrisisPlans;
using Portal.Security;

namespace Portal.Features.CrisisPlans;

/// <summary>
/// <c>GET /sager/{id}/kriseplan.pdf?variant=standard|diskret&amp;version=N&amp;language=da|en|ar|fa|so|tr|uk|pl|ti</c>: the crisis plan as a PDF, for the
/// case-working roles (visitator, contact person, counsellor, police) who may see the case. Every outcome is audited.
/// </summary>
public static class CrisisPlanPrintEndpoints
{
    public const string NotFoundMessage = CaseGate.NoAccessMessage;
    public const string NoPlanMessage = "Der er endnu ikke gemt en kriseplan på sagen. Udfyld og gem planen, før du udskriver den.";
    public const string UnknownVariantMessage = "Ukendt variant. Vælg «standard» eller «diskret».";
    public const string BadVersionMessage = "Versionen skal være et helt tal fra 1 og op.";

    public static RouteHandlerBuilder MapCrisisPlanPrint(this RouteGroupBuilder documents) =>
        documents.MapCaseDocument("/sager/{id:int}/kriseplan.pdf", "crisisplan", CaseKey.Case, RenderAsync);

    public static bool TryParseVariant(string? value, out CrisisPlanVariant variant)
    {
        variant = CrisisPlanVariant.Standard;
        if (string.IsNullOrEmpty(value) || value.Equals("standard", StringComparison.OrdinalIgnoreCase)) return true;
        if (!value.Equals("diskret", StringComparison.OrdinalIgnoreCase)) return false;
        variant = CrisisPlanVariant.Diskret;
        return true;
    }

    private static async Task<DocumentOutcome> RenderAsync(HttpContext http, CaseScope scope, int id, CancellationToken ct)
    {
        var query = http.Request.Query;
        if (!TryParseVariant(query["variant"], out var chosen))
            return new DocumentOutcome.Problem(StatusCodes.Status400BadRequest, UnknownVariantMessage, "crisisplan.print.invalid", "Udskrift af kriseplan: ukendt variant.");
        int? number = null;
        string? version = query["version"];
        if (!string.IsNullOrEmpty(version))
        {
            if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                return new DocumentOutcome.Problem(StatusCodes.Status400BadRequest, BadVersionMessage, "crisisplan.print.invalid", "Udskrift af kriseplan: ugyldig version.");
            number = n;
        }

        string? language = query["language"];
        if (!string.IsNullOrEmpty(language) && !CrisisPlanLanguages.IsKnown(language))
            return new DocumentOutcome.Problem(StatusCodes.Status400BadRequest, CrisisPlanLanguages.UnknownMessage, "crisisplan.print.invalid", "Udskrift af kriseplan: ukendt sprog.");

        var services = http.RequestServices;
        var municipality = services.GetRequiredService<Municipality>().Name;
        var plan = await CrisisPlanService.ForPrintAsync(scope, municipality, number, ct);
        if (plan is null)
        {
            return new DocumentOutcome.Problem(StatusCodes.Status404NotFound, number is { } n ? $"Kriseplanen findes ikke i version {n}." : NoPlanMessage,
                "crisisplan.print.missing",
                number is { } missing ? $"Udskrift af kriseplan: version {missing} findes ikke." : "Udskrift af kriseplan: der er ingen kriseplan endnu.");
        }

        var logo = chosen == CrisisPlanVariant.Standard
            ? MunicipalityLogo.Load(services)
            : null;
        // Without a choice on the button, the plan prints in the language recorded for the citizen.
        var printed = services.GetRequiredService<CrisisPlanLanguageCatalog>().Get(string.IsNullOrEmpty(language) ? plan.PreferredLanguage : language);
        return new DocumentOutcome.Pdf(CrisisPlanPdf.Render(plan, chosen, logo, printed), CrisisPlanPdf.FileName(plan, chosen),
            $"Kriseplan på sag {plan.CaseNumber} udskrevet (variant: {chosen.ToString().ToLowerInvariant()}, version {plan.VersionNumber}, sprog: {printed.Code}).");
    }
}
