using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Security;

namespace Portal.Documents;

/// <summary>What a document render answers: the PDF with its audit text, or a Danish message (no plan yet, bad variant …).</summary>
public abstract record DocumentOutcome
{
    public sealed record Pdf(byte[] Bytes, string FileName, string AuditDetails) : DocumentOutcome;

    /// <param name="AuditAction">The action the attempt is audited as (e.g. "crisisplan.print.missing").</param>
    public sealed record Problem(int StatusCode, string Message, string AuditAction, string AuditDetails) : DocumentOutcome;
}

/// <summary>
/// Every document endpoint, one way: a GET in one group for the case-working roles, the case found from the route
/// id, access checked and audited by the case gate (as "{area}.print", a refusal as "{area}.denied", always with the
/// case id), the PDF inline and never cached. Not found and no access answer the same, so nothing is revealed.
/// </summary>
public static class CaseDocumentEndpoints
{
    /// <param name="id">The route id (the case's, or the item's the document is about).</param>
    public delegate Task<DocumentOutcome> Render(HttpContext http, CaseScope scope, int id, CancellationToken ct);

    public static RouteGroupBuilder MapCaseDocuments(this WebApplication app) =>
        app.MapGroup("").RequireAuthorization(new AuthorizeAttribute { Roles = RoleNames.CaseWorkers });

    /// <param name="keyOf">The case the route id points at (the case itself, or e.g. the referral's case).</param>
    /// <param name="ruleOf">Replaces the case rule where others than the case's own staff may print (the police and a referral).</param>
    public static RouteHandlerBuilder MapCaseDocument(this RouteGroupBuilder group, string pattern, string area,
        Func<int, CaseKey> keyOf, Render render, Func<int, CaseRule>? ruleOf = null) =>
        group.MapGet(pattern, async (int id, HttpContext http, IDbContextFactory<PortalDbContext> dbFactory, CaseGate gate, AuditLog audit,
            CancellationToken ct) =>
        {
            var staff = await CurrentStaff.FindAsync(dbFactory, http.User);
            if (staff is null)
            {
                await audit.RecordAsync(http.User.Identity?.Name ?? "ukendt", $"{area}.denied", null,
                    $"Udskrift ({AreaNames.Danish(area)}) afvist: brugeren er ikke en aktiv medarbejder med den rolle.", ct);
                return PdfResults.Message(http, StatusCodes.Status404NotFound, CaseGate.NoAccessMessage);
            }

            var result = await gate.ReadAsync(keyOf(id), staff, area, async scope =>
            {
                var outcome = await render(http, scope, id, ct);
                switch (outcome)
                {
                    case DocumentOutcome.Pdf pdf:
                        scope.AuditDetails = pdf.AuditDetails;
                        break;
                    case DocumentOutcome.Problem problem:
                        scope.AuditAction = problem.AuditAction;
                        scope.AuditDetails = problem.AuditDetails;
                        break;
                }
                return outcome;
            }, ct, CaseOperation.Print, full: true, rule: ruleOf?.Invoke(id));

            return result.Value switch
            {
                DocumentOutcome.Pdf pdf => PdfResults.Inline(http, pdf.Bytes, pdf.FileName),
                DocumentOutcome.Problem problem => PdfResults.Message(http, problem.StatusCode, problem.Message),
                _ => PdfResults.Message(http, StatusCodes.Status404NotFound, CaseGate.NoAccessMessage),
            };
        });
}
