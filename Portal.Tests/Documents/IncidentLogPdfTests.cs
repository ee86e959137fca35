using Portal.Domain.Incidents;
using Portal.Domain.Staff;
using Portal.Features.Incidents;
using UglyToad.PdfPig;

namespace Portal.Tests.Documents;

public class IncidentLogPdfTests
{
    private static readonly DateTimeOffset Printed = new(2025, 3, 14, 10, 30, 0, TimeSpan.FromHours(1));
    private static readonly StaffMember Counsellor = new("raadgiver.soeren", "Søren Åberg", Role.Raadgiver, "Rådgivningen");
    private static readonly byte[] Logo = TestImages.Png(240, 80);

    private static Incident Incident(DateOnly date, TimeOnly? time, string what, bool reported = false, string? place = null,
        string? witnesses = null, string? evidence = null) =>
        Portal.Domain.Incidents.Incident.Record(7, new IncidentForm
        {
            Date = date, Time = time, WhatHappened = what, Place = place, Witnesses = witnesses, Evidence = evidence, ReportedToPolice = reported,
        }, Counsellor, new DateOnly(2025, 3, 14), Printed, Guid.NewGuid());

    private static IncidentLogPrint Log(IReadOnlyList<Incident> incidents, string? cpr = "010190-1234") =>
        new("Vestlund Kommune", "2025-0142", "Anna Bjørg Ærø Sønderby", cpr, incidents, Printed, "Søren Åberg");

    // Given out of order: the log must sort them.
    private static readonly Incident[] Three =
    [
        Incident(new DateOnly(2025, 2, 3), new TimeOnly(22, 15), "Tredjehændelse: han ringede elleve gange fra skjult nummer.", reported: true,
            place: "Hjemme", evidence: "Skærmbillede af opkaldslisten"),
        Incident(new DateOnly(2025, 1, 12), new TimeOnly(7, 40), "Førstehændelse: han stod ved busstoppestedet på Østergade.",
            place: "Østergade", witnesses: "Naboen Åse"),
        Incident(new DateOnly(2025, 2, 3), new TimeOnly(8, 5), "Andenhændelse: en blomsterbuket uden afsender lå på måtten.",
            place: "Opgangen", evidence: "Foto af buketten"),
    ];

    private static string Text(byte[] pdf) => PdfReading.Phrases(PdfReading.AllWords(pdf));

    [Fact]
    public void Every_incident_is_printed_with_its_date_in_date_and_time_order()
    {
        var words = PdfReading.AllWords(IncidentLogPdf.Render(Log(Three), Logo));
        var text = PdfReading.Phrases(words);

        var first = text.IndexOf(" 12-01-2025 07.40 Førstehændelse:", StringComparison.Ordinal);
        var second = text.IndexOf(" 03-02-2025 08.05 Andenhændelse:", StringComparison.Ordinal);
        var third = text.IndexOf(" 03-02-2025 22.15 Tredjehændelse:", StringComparison.Ordinal);
        Assert.True(first >= 0 && second >= 0 && third >= 0, text);
        Assert.True(first < second && second < third, "Incidents are not in date and time order.");
        // Cells wrap, so the lines of neighbouring cells interleave: check every word of every cell.
        foreach (var incident in Three)
        {
            var cells = new[] { incident.WhatHappened, incident.Place, incident.Witnesses, incident.Evidence };
            foreach (var word in cells.SelectMany(c => (c ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                Assert.Contains(word, words);
            }
        }
    }

    [Fact]
    public void Table_has_the_agreed_columns_and_anmeldt_says_ja_or_nej()
    {
        var words = PdfReading.AllWords(IncidentLogPdf.Render(Log(Three), Logo));
        var text = PdfReading.Phrases(words);

        Assert.Contains(" Dato Tid Hvad skete der Sted Vidner Beviser Anmeldt ", text);
        Assert.Equal(1, words.Count(w => w == "Ja"));
        Assert.Equal(2, words.Count(w => w == "Nej"));
    }

    [Fact]
    public void Header_block_names_the_citizen_cpr_case_and_explains_the_purpose()
    {
        var pdf = IncidentLogPdf.Render(Log(Three), Logo);
        var text = Text(pdf);

        Assert.Contains(" Hændelseslog ", text);
        Assert.Contains(" Borger Anna Bjørg Ærø Sønderby ", text);
        Assert.Contains(" CPR-nummer 010190-1234 ", text);
        Assert.Contains(" Sagsnummer 2025-0142 ", text);
        Assert.Contains(" Udskrevet 14-03-2025 kl. 10.30 af Søren Åberg ", text);
        Assert.Contains(" straffelovens § 242. ", text);
        using var document = PdfDocument.Open(pdf);
        Assert.Single(document.GetPage(1).GetImages());
    }

    [Fact]
    public void Cpr_line_is_left_out_when_the_cpr_number_is_not_known()
    {
        var text = Text(IncidentLogPdf.Render(Log(Three, cpr: null), Logo));

        Assert.DoesNotContain("CPR-nummer", text);
        Assert.Contains(" Borger Anna Bjørg Ærø Sønderby ", text);
    }

    [Fact]
    public void Empty_log_says_so()
    {
        var text = Text(IncidentLogPdf.Render(Log([]), null));

        Assert.Contains(" Ingen hændelser registreret. ", text);
        Assert.DoesNotContain(" Hvad skete der ", text);
    }

    [Fact]
    public void Many_incidents_split_across_pages_with_the_header_row_repeated()
    {
        var start = new DateOnly(2024, 1, 1);
        var incidents = Enumerable.Range(0, 80)
            .Select(i => Incident(start.AddDays(i * 3), new TimeOnly(12, 0),
                $"Hændelse{i:D2} beskrevet med nogle ord om, hvad der skete, og hvordan borgeren reagerede bagefter.", reported: i % 4 == 0))
            .Reverse()
            .ToArray();

        var pages = PdfReading.WordsPerPage(IncidentLogPdf.Render(Log(incidents), Logo));

        Assert.True(pages.Count >= 3, $"Expected at least three pages, got {pages.Count}.");
        for (var i = 0; i < pages.Count; i++)
        {
            var text = PdfReading.Phrases(pages[i]);
            Assert.Contains(" Dato Tid Hvad skete der Sted Vidner Beviser Anmeldt ", text);
            Assert.Contains($" Side {i + 1} af {pages.Count} ", text);
            Assert.Contains(" Hændelseslog · Anna Bjørg Ærø Sønderby · sag 2025-0142 · udskrevet 14-03-2025 ", text);
        }

        var all = pages.SelectMany(p => p).ToArray();
        var order = all.Where(w => w.StartsWith("Hændelse", StringComparison.Ordinal) && w.Length == 10).ToArray();
        Assert.Equal(Enumerable.Range(0, 80).Select(i => $"Hændelse{i:D2}"), order);
        Assert.Equal(20, all.Count(w => w == "Ja"));
        Assert.Equal(60, all.Count(w => w == "Nej"));
    }
}
