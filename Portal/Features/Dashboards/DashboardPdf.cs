using Portal.Documents;

namespace Portal.Features.Dashboards;

/// <summary>"Ledelsesrapport": every table of the dashboard with its period and filters, for the committee or the evaluator.</summary>
public static class DashboardPdf
{
    public const string Title = "Ledelsesrapport";

    public const string Disclosure =
        "Tal under 5 borgere vises som «<5», og andele og medianer for under 5 sager vises ikke, så ingen borger kan genkendes. " +
        "Rapporten indeholder ingen navne, CPR-numre, adresser eller fritekst om borgere; kun medarbejdernes navne i tabellen over belastning.";

    public static byte[] Render(DashboardData data, string printedBy, DateTimeOffset printedAt, byte[]? logo)
    {
        var doc = new PdfDocumentBuilder()
            .PageSetup(new PdfPageSetup { Width = 842f, Height = 595f })
            .Metadata($"{Title} – {data.Filter.Period.Label}", data.OrganisationName, printedAt, Title)
            .Header(data.OrganisationName, logo)
            .Footer($"{Title} · {data.Filter.Describe(data.OrganisationName)} · udskrevet {DocumentDates.DateAndTime(printedAt)}")
            .Heading(Title)
            .KeyValueTable(
            [
                ("Periode", $"{data.Filter.Period.Label} ({DocumentDates.Date(data.Filter.Period.From)} – {DocumentDates.Date(data.Filter.Period.To)})"),
                ("Sammenlignet med", data.Filter.Period.Previous().Label),
                ("Kommune", data.OrganisationName),
                ("Afdeling", data.Filter.Department ?? "Alle afdelinger"),
                ("Udskrevet", $"{DocumentDates.DateAndTime(printedAt)} af {printedBy}"),
            ], 0.22f)
            .Paragraph(Disclosure, size: PdfStyle.SmallSize);
        foreach (var table in DashboardTables.All(data))
        {
            doc.Heading(table.Title, 2);
            var first = table.Header.Count > 2 ? 0.3f : 0.6f;
            var rest = (1f - first) / (table.Header.Count - 1);
            doc.Table(table.Header, table.Rows, [first, .. Enumerable.Repeat(rest, table.Header.Count - 1)], size: 9f, keepTogether: table.Rows.Count <= 10);
        }
        return doc.Render();
    }

    public static string FileName(DashboardData data) => $"ledelsesrapport-{data.Filter.Period.From:yyyy-MM-dd}-{data.Filter.Period.To:yyyy-MM-dd}.pdf";
}
