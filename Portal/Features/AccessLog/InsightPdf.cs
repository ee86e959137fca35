using Microsoft.EntityFrameworkCore;
using Portal.Documents;
using Portal.Domain.Cases;
using Portal.Security;

namespace Portal.Features.AccessLog;

/// <summary>What the citizen's access export holds: the data categories and every look-up, by date, purpose and function.</summary>
public sealed record InsightPrint(string Municipality, string CaseNumber, string CitizenName, IReadOnlyList<string> Categories,
    IReadOnlyList<(DateTimeOffset At, string Function, string What, string Purpose)> Lookups, DateTimeOffset PrintedAt);

/// <summary>
/// <c>GET /sager/{id}/indsigt.pdf</c>: the citizen's right of access (GDPR art. 15). As the EU Court read it in C-579/21,
/// the citizen is told when their data was looked up and for what purpose; the staff are named by function, not by name.
/// </summary>
public static class InsightPdf
{
    public const string Title = "Indsigt i dine oplysninger";

    public static RouteHandlerBuilder MapInsightPrint(this RouteGroupBuilder documents) =>
        documents.MapCaseDocument("/sager/{id:int}/indsigt.pdf", "insight", CaseKey.Case, RenderAsync);

    private static async Task<DocumentOutcome> RenderAsync(HttpContext http, CaseScope scope, int id, CancellationToken ct)
    {
        if (!CaseAccess.MayManage(scope.Case, scope.Staff, scope.Now))
            return new DocumentOutcome.Problem(StatusCodes.Status404NotFound, "Indsigten dannes af sagens visitator eller faste kontaktperson.",
                "insight.print.denied", $"Indsigt på sag {scope.Case.CaseNumber}: kun sagens visitator eller kontaktperson.");
        var municipality = http.RequestServices.GetRequiredService<Municipality>();
        var print = new InsightPrint(municipality.Name, scope.Case.CaseNumber, scope.Case.Citizen.Name,
            await CategoriesAsync(scope, ct),
            (await AccessLogService.ReadsOfAsync(scope, ct)).OrderBy(r => r.At)
                .Select(r => (r.At, r.RoleAndDepartment, r.What, r.Purpose)).ToList(),
            scope.Now);
        return new DocumentOutcome.Pdf(Render(print), $"indsigt-{print.CaseNumber}.pdf",
            $"Indsigt (art. 15) på sag {print.CaseNumber} dannet med {print.Lookups.Count} opslag.");
    }

    public static byte[] Render(InsightPrint p)
    {
        var doc = new PdfDocumentBuilder()
            .Metadata($"{Title} – sag {p.CaseNumber}", p.Municipality, p.PrintedAt, Title)
            .Header(p.Municipality)
            .Footer($"{Title} · sag {p.CaseNumber} · dannet {DocumentDates.Date(p.PrintedAt)}")
            .Heading(Title)
            .KeyValueTable([("Til", p.CitizenName), ("Sagsnummer", p.CaseNumber), ("Dannet", DocumentDates.DateAndTime(p.PrintedAt))], 0.28f)
            .Paragraph($"Du har ret til at vide, hvilke oplysninger {p.Municipality} behandler om dig, og hvornår og til hvilket formål de er " +
                       "slået op (databeskyttelsesforordningens artikel 15). Medarbejdere er angivet med deres funktion.")
            .Heading("Oplysninger, vi behandler om dig", 2)
            .BulletList(p.Categories)
            .Heading("Opslag i din sag", 2);
        if (p.Lookups.Count == 0) return doc.Paragraph("Der er ikke registreret opslag.").Render();
        doc.Table(["Dato og tid", "Funktion", "Hvad", "Formål"],
            p.Lookups.Select(l => (IReadOnlyList<string>)[DocumentDates.DateAndTime(l.At), l.Function, l.What, l.Purpose]),
            [0.2f, 0.3f, 0.25f, 0.25f]);
        return doc.Render();
    }

    private static async Task<IReadOnlyList<string>> CategoriesAsync(CaseScope scope, CancellationToken ct)
    {
        var db = scope.Db;
        var c = scope.Case;
        var id = c.Id;
        var citizen = c.Citizen;
        var list = new List<string> { "Navn" + (citizen.Cpr is null ? "" : " og CPR-nummer") };
        if (citizen.Phone is not null || citizen.Email is not null) list.Add("Kontaktoplysninger (telefon, e-mail) og ønsker til sikker kontakt");
        if (citizen.Address is not null) list.Add(citizen.AddressProtected ? "Adresse (beskyttet)" : "Adresse");
        if (citizen.HasChildren) list.Add("Oplysninger om børn i husstanden");
        void Add(int count, string text) { if (count > 0) list.Add($"{text} ({count})"); }
        Add(await db.Entry(c).Collection(x => x.Notes).Query().CountAsync(ct), "Journalnotater");
        Add(await db.Incidents.CountAsync(i => i.CaseId == id, ct), "Hændelser i hændelsesloggen");
        Add(await db.RiskAssessments.CountAsync(r => r.CaseId == id, ct), "Risikovurderinger");
        Add(await db.CrisisPlanVersions.CountAsync(v => v.CaseId == id, ct), "Versioner af kriseplanen");
        Add(await db.Consents.CountAsync(x => x.CaseId == id, ct), "Samtykker");
        Add(await db.Referrals.CountAsync(r => r.CaseId == id, ct), "Henvisninger til andre myndigheder og tilbud");
        Add(await db.Meetings.CountAsync(m => m.CaseId == id, ct), "Samarbejdsmøder");
        Add(await db.RestrainingOrders.CountAsync(o => o.CaseId == id, ct), "Tilhold og opholdsforbud");
        Add(await db.VisitationDrafts.CountAsync(v => v.CaseId == id, ct), "Stalkingvisitation");
        return list;
    }
}
