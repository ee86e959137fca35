using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Staff;
using Portal.Security;

namespace Portal.Features.Referrals;

/// <summary>The referral letter as a PDF. A document is a real HTTP request (a new tab), so it is an endpoint, not a page.</summary>
public static class ReferralLetterEndpoints
{
    public static void MapReferralLetter(this WebApplication app) =>
        app.MapGet("/henvisninger/{id:int}/brev.pdf", GetAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoleNames.CaseWorkers });

    private static async Task<IResult> GetAsync(int id, HttpContext http, IDbContextFactory<PortalDbContext> dbFactory,
        ReferralService referrals, AuditLog audit, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var staff = await CurrentStaff.FindAsync(dbFactory, http.User);
        var letter = staff is null ? null : await referrals.LetterAsync(id, staff, ct);
        if (staff is null || letter is null)
        {
            // Not found and no access look the same, so nobody learns which referrals exist.
            await audit.RecordAsync(staff?.Username ?? http.User.Identity?.Name ?? "ukendt", "referral.print.denied", null,
                $"Forsøg på at udskrive henvisning {id} uden adgang.", ct);
            return Results.NotFound();
        }

        var pdf = ReferralLetterPdf.Render(letter);
        await audit.RecordAsync(staff.Username, "referral.print", null, $"Henvisningsbrev {id} til {letter.RecipientText} (sag {letter.CaseNumber}) udskrevet.", ct);
        http.Response.Headers.ContentDisposition = $"inline; filename=\"henvisning-{id}.pdf\"";
        return Results.File(pdf, "application/pdf");
    }
}
