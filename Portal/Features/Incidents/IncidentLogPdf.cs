using Portal.Documents;

namespace Portal.Features.Incidents;

/// <summary>
/// The printed incident log (hændelseslog): the citizen's own dated record, for the police. Holds no
/// address, because <see cref="IncidentLogPrint"/> carries none.
/// </summary>
public static class IncidentLogPdf
{
    public const string Title = "Hændelseslog";
    public const string NoIncidents = "Ingen hændelser registreret.";

    public const string Purpose =
        "Loggen er borgerens egen beskrivelse af de hændelser, borgeren har oplevet, skrevet ned med dato og så vidt muligt " +
        "klokkeslæt, efterhånden som de er sket. Den er registreret sammen med en medarbejder og kan bruges som dokumentation " +
        "over for politiet, fx ved en anmeldelse af forfølgelse efter straffelovens § 242.";

    public static readonly IReadOnlyList<string> Columns = ["Dato", "Tid", "Hvad skete der", "Sted", "Vidner", "Beviser", "Anmeldt"];

    public static byte[] Render(IncidentLogPrint log, byte[]? logo)
    {
        var printed = DocumentDates.Date(log.PrintedAt);
        // Landscape: seven columns of evidence need the width.
        var doc = new PdfDocumentBuilder()
            .PageSetup(new PdfPageSetup { Width = 842f, Height = 595f })
            .Metadata($"{Title} – sag {log.CaseNumber}", log.MunicipalityName, log.PrintedAt, Title)
            .Header(log.MunicipalityName, logo)
            // Pages can be separated at the police station: every page says whose log it is.
            .Footer($"{Title} · {log.CitizenName} · sag {log.CaseNumber} · udskrevet {printed}")
            .Heading(Title);

        var facts = new List<(string, string)> { ("Borger", log.CitizenName) };
        if (!string.IsNullOrWhiteSpace(log.Cpr)) facts.Add(("CPR-nummer", log.Cpr));
        facts.Add(("Sagsnummer", log.CaseNumber));
        facts.Add(("Udskrevet", $"{DocumentDates.DateAndTime(log.PrintedAt)} af {log.PrintedBy}"));
        facts.Add(("Antal hændelser", log.Incidents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        doc.KeyValueTable(facts, 0.28f).Paragraph(Purpose);

        if (log.Incidents.Count == 0)
        {
            doc.Paragraph(NoIncidents, bold: true);
            return doc.Render();
        }

        var rows = log.Incidents
            .OrderBy(i => i.Date).ThenBy(i => i.Time ?? TimeOnly.MinValue).ThenBy(i => i.RecordedAt)
            .Select(i => (IReadOnlyList<string>)
            [
                DocumentDates.Date(i.Date),
                i.Time is { } t ? DocumentDates.Time(t) : "–",
                i.WhatHappened,
                i.Place ?? "",
                i.Witnesses ?? "",
                i.Evidence ?? "",
                i.ReportedToPolice ? "Ja" : "Nej",
            ]);
        doc.Table(Columns, rows, [0.10f, 0.06f, 0.36f, 0.13f, 0.13f, 0.15f, 0.07f]);
        return doc.Render();
    }

    public static string FileName(IncidentLogPrint log) => $"haendelseslog-{log.CaseNumber}.pdf";
}
