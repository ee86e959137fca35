using Portal.Documents;
using Portal.Security;

namespace Portal.Features.Referrals;

/// <summary>
/// <c>GET /henvisninger/{id}/brev.pdf</c>: the referral letter with what was shared when it was sent, for the case's
/// staff and the police district it went to. After the citizen withdrew the consent it no longer prints, and says why.
/// </summary>
public static class ReferralLetterEndpoints
{
    public static RouteHandlerBuilder MapReferralLetter(this RouteGroupBuilder documents) =>
        documents.MapCaseDocument("/henvisninger/{id:int}/brev.pdf", "referral", ReferralService.LetterKey, RenderAsync, ReferralService.LetterRule);

    private static async Task<DocumentOutcome> RenderAsync(HttpContext http, CaseScope scope, int id, CancellationToken ct)
    {
        var letter = await http.RequestServices.GetRequiredService<ReferralService>().LetterForAsync(scope, id, ct);
        if (letter is null)
        {
            return new DocumentOutcome.Problem(StatusCodes.Status409Conflict, ReferralService.WithdrawnLetterMessage, "referral.print.withdrawn",
                $"Udskrift af henvisning {id} på sag {scope.Case.CaseNumber} afvist: samtykket er trukket tilbage.");
        }
        return new DocumentOutcome.Pdf(ReferralLetterPdf.Render(letter), $"henvisning-{id}.pdf",
            $"Henvisningsbrev {id} til {letter.RecipientText} (sag {letter.CaseNumber}) udskrevet.");
    }
}
