using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Staff;
using Portal.Security;

namespace Portal.Features.ContactPersons;

/// <summary>The letter is a document, not a page: a plain GET that returns the PDF inline.</summary>
public static class ContactPersonLetterEndpoints
{
    public static void MapContactPersonLetter(this WebApplication app) =>
        app.MapGet("/sager/{id:int}/kontaktperson/brev.pdf", LetterAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = RoleNames.CaseWorkers });

    private static async Task<IResult> LetterAsync(int id, HttpContext http, IDbContextFactory<PortalDbContext> dbFactory,
        ContactPersonService service, AuditLog audit, CancellationToken ct)
    {
        var staff = await CurrentStaff.FindAsync(dbFactory, http.User);
        if (staff is null) return Results.NotFound();
        var letter = await service.LoadLetterAsync(id, staff, ct);
        if (letter is null)
        {
            // Not found, whether the case does not exist or the viewer may not see it: nothing is revealed.
            await audit.RecordAsync(staff.Username, "contactletter.denied", id, "Forsøg på at danne brev om fast kontaktperson uden adgang.", ct);
            return Results.NotFound();
        }

        var pdf = ContactPersonLetterPdf.Render(letter);
        await audit.RecordAsync(staff.Username, "contactletter.print", id,
            $"Brev om fast kontaktperson dannet for sag {letter.CaseNumber} " +
            (letter.Addressing.MaySendHome ? "(til hjemmet)." : "(uden adresse, udleveres personligt)."), ct);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ContentDisposition = $"inline; filename=\"kontaktperson-{letter.CaseNumber}.pdf\"";
        return Results.File(pdf, "application/pdf");
    }
}
