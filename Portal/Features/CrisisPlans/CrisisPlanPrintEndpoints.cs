using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Documents;
using Portal.Domain.Staff;
using Portal.Features.Cases;
using Portal.Security;

namespace Portal.Features.CrisisPlans;

/// <summary>
/// <c>GET /sager/{id}/kriseplan.pdf?variant=standard|diskret&amp;version=N</c>: the crisis plan as a PDF, for the
/// case-working roles (visitator, contact person, counsellor, police) who may see the case. Every outcome is audited.
/// </summary>
public static class CrisisPlanPrintEndpoints
{
    public const string NotFoundMessage = "Sagen findes ikke, eller du har ikke adgang til den.";
    public const string NoPlanMessage = "Der er endnu ikke gemt en kriseplan på sagen. Udfyld og gem planen, før du udskriver den.";
    public const string UnknownVariantMessage = "Ukendt variant. Vælg «standard» eller «diskret».";
    public const string BadVersionMessage = "Versionen skal være et helt tal fra 1 og op.";

    public static void MapCrisisPlanPrint(this WebApplication app) =>
        app.MapGet("/sager/{id:int}/kriseplan.pdf", PrintAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoleNames.CaseWorkers });

    public static bool TryParseVariant(string? value, out CrisisPlanVariant variant)
    {
        variant = CrisisPlanVariant.Standard;
        if (string.IsNullOrEmpty(value) || value.Equals("standard", StringComparison.OrdinalIgnoreCase)) return true;
        if (!value.Equals("diskret", StringComparison.OrdinalIgnoreCase)) return false;
        variant = CrisisPlanVariant.Diskret;
        return true;
    }

    private static async Task<IResult> PrintAsync(int id, string? variant, string? version, HttpContext http,
        IDbContextFactory<PortalDbContext> dbFactory, CrisisPlanService plans, AuditLog audit, IConfiguration config,
        ILoggerFactory loggers, CancellationToken ct)
    {
        if (!TryParseVariant(variant, out var chosen)) return PdfResults.Message(http, StatusCodes.Status400BadRequest, UnknownVariantMessage);
        int? number = null;
        if (!string.IsNullOrEmpty(version))
        {
            if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                return PdfResults.Message(http, StatusCodes.Status400BadRequest, BadVersionMessage);
            number = n;
        }

        var staff = await CurrentStaff.FindAsync(dbFactory, http.User);
        if (staff is null)
        {
            await audit.RecordAsync(http.User.Identity?.Name ?? "ukendt", "crisisplan.print.denied", null,
                "Udskrift af kriseplan afvist: brugeren er ikke en aktiv medarbejder med den rolle.", ct);
            return PdfResults.Message(http, StatusCodes.Status404NotFound, NotFoundMessage);
        }

        var plan = await plans.LoadForPrintAsync(id, staff, number, ct);
        if (plan is null)
        {
            var visibility = await CaseVisibility.CheckAsync(dbFactory, id, staff, ct);
            if (visibility != CaseVisibilityResult.Visible)
            {
                await audit.RecordAsync(staff.Username, "crisisplan.print.denied", visibility == CaseVisibilityResult.Hidden ? id : null,
                    $"Udskrift af kriseplan afvist: {(visibility == CaseVisibilityResult.Hidden ? "ingen adgang til sagen" : $"sag med id {id} findes ikke")}.", ct);
                return PdfResults.Message(http, StatusCodes.Status404NotFound, NotFoundMessage);
            }

            await audit.RecordAsync(staff.Username, "crisisplan.print.missing", id,
                number is { } missing ? $"Udskrift af kriseplan: version {missing} findes ikke." : "Udskrift af kriseplan: der er ingen kriseplan endnu.", ct);
            return PdfResults.Message(http, StatusCodes.Status404NotFound,
                number is { } n ? $"Kriseplanen findes ikke i version {n}." : NoPlanMessage);
        }

        var logo = chosen == CrisisPlanVariant.Standard ? MunicipalityLogo.Load(config, loggers.CreateLogger(typeof(MunicipalityLogo))) : null;
        var pdf = CrisisPlanPdf.Render(plan, chosen, logo);
        await audit.RecordAsync(staff.Username, "crisisplan.print", id,
            $"Kriseplan på sag {plan.CaseNumber} udskrevet (variant: {chosen.ToString().ToLowerInvariant()}, version {plan.VersionNumber}).", ct);
        return PdfResults.Inline(http, pdf, CrisisPlanPdf.FileName(plan, chosen));
    }
}
