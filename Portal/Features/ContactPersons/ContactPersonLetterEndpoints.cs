using Portal.Documents;
using Portal.Security;

namespace Portal.Features.ContactPersons;

/// <summary><c>GET /sager/{id}/kontaktperson/brev.pdf</c>: the letter "Din faste kontaktperson", for the visitator or the contact person.</summary>
public static class ContactPersonLetterEndpoints
{
    public static RouteHandlerBuilder MapContactPersonLetter(this RouteGroupBuilder documents) =>
        documents.MapCaseDocument("/sager/{id:int}/kontaktperson/brev.pdf", "contactletter", CaseKey.Case, Render);

    private static Task<DocumentOutcome> Render(HttpContext http, CaseScope scope, int id, CancellationToken ct)
    {
        var letter = http.RequestServices.GetRequiredService<ContactPersonService>().LetterFor(scope);
        if (letter is null)
        {
            return Task.FromResult<DocumentOutcome>(new DocumentOutcome.Problem(StatusCodes.Status404NotFound,
                "Brevet kan kun dannes af sagens visitator eller kontaktperson, når sagen har en fast kontaktperson.",
                "contactletter.print.missing", $"Brev om fast kontaktperson på sag {scope.Case.CaseNumber}: ingen kontaktperson, eller ikke visitator/kontaktperson."));
        }
        return Task.FromResult<DocumentOutcome>(new DocumentOutcome.Pdf(ContactPersonLetterPdf.Render(letter), $"kontaktperson-{letter.CaseNumber}.pdf",
            $"Brev om fast kontaktperson dannet for sag {letter.CaseNumber} " +
            (letter.Addressing.MaySendHome ? "(til hjemmet)." : "(uden adresse, udleveres personligt).")));
    }
}
