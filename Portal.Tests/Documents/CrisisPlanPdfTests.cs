using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.CrisisPlans;
using Portal.Domain.HelpLines;
using Portal.Features.CrisisPlans;
using Portal.Security;
using Portal.Tests.Data;
using UglyToad.PdfPig;

namespace Portal.Tests.Documents;

public class CrisisPlanPdfTests
{
    private static readonly DateTimeOffset Printed = new(2025, 3, 14, 10, 30, 0, TimeSpan.FromHours(1));
    private const string Municipality = "Vestlund Kommune";
    private const string CaseNumber = "2025-0142";
    private const string CitizenName = "Anna Bjørg Ærø Sønderby";

    private static readonly byte[] Logo = TestImages.Png(240, 80);

    /// <summary>Each section's text holds a marker word that appears nowhere else, so its presence proves the section printed.</summary>
    private static readonly Dictionary<string, string> Markers = new()
    {
        ["warning"] = "Tegnmarkør",
        ["danger"] = "Faremarkør",
        ["places"] = "Stedmarkør",
        ["people"] = "Blåbærtærte",
        ["helplines"] = "1888",
        ["children"] = "Børnemarkør",
        ["digital"] = "Digitalmarkør",
        ["gobag"] = "Taskemarkør",
        ["agreements"] = "Aftalemarkør",
        ["review"] = "14-06-2025",
    };

    private static CrisisPlanContent FullContent() => new()
    {
        WarningSigns = "Tegnmarkør: opkald fra skjulte numre om natten.\nLinjeskiftmarkør står på sin egen linje.",
        DangerNow = "Faremarkør: jeg går ind i butikken på hjørnet og beder de ansatte ringe efter hjælp.",
        SafePlaces = "Stedmarkør: min søster i Ærøskøbing, biblioteket på Østergade og tankstationen ved Åbenrå.",
        TrustedPeople =
        [
            new TrustedPerson("Birthe Ågård", "+45 20 11 22 33", "Blåbærtærte"),
            new TrustedPerson("Jørgen Æbelø", "+45 98 76 54 32", null),
        ],
        Children = "Børnemarkør: skolen ved, at kun jeg og Birthe må hente børnene.",
        DigitalSafety = [CrisisPlanSections.DigitalSafetyItems[0], CrisisPlanSections.DigitalSafetyItems[2]],
        DigitalSafetyNotes = "Digitalmarkør: nyt telefonnummer er bestilt.",
        GoBag = [CrisisPlanSections.GoBagItems[0], CrisisPlanSections.GoBagItems[2], CrisisPlanSections.GoBagItems[8]],
        GoBagNotes = "Taskemarkør: tasken står hos Birthe.",
        Agreements = "Aftalemarkør: min kontaktperson ringer hver tirsdag fra et skjult nummer.",
        NextReview = new DateOnly(2025, 6, 14),
    };

    private static HelpLine Line(string name, string discreetName, string number) =>
        new(new HelpLineDetails { Name = name, DiscreetName = discreetName, Number = number, OpeningHours = "Døgnet rundt" });

    private static readonly IReadOnlyList<HelpLine> HelpLines =
    [
        Line("Alarm 112", "Alarm", "112"),
        Line("Lev Uden Vold – national hotline", "Rådgivning døgnet rundt", "1888"),
        Line("Dansk Stalking Center – rådgivning", "Telefonrådgivning", "25 17 73 74"),
    ];

    private static CrisisPlanPrint Plan(CrisisPlanContent? content = null, IReadOnlyList<HelpLine>? helpLines = null) =>
        new(Municipality, CaseNumber, CitizenName, content ?? FullContent(), 3, Printed.AddDays(-2), "Mette Sørensen",
            "Karin Ølgaard", helpLines ?? HelpLines, Printed, "Søren Åberg");

    private static byte[] Standard(CrisisPlanPrint? plan = null) => CrisisPlanPdf.Render(plan ?? Plan(), CrisisPlanVariant.Standard, Logo);

    private static byte[] Discreet(CrisisPlanPrint? plan = null) => CrisisPlanPdf.Render(plan ?? Plan(), CrisisPlanVariant.Diskret, Logo);

    private static string Text(byte[] pdf) => PdfReading.Phrases(PdfReading.AllWords(pdf));

    [Fact]
    public void Standard_prints_every_section_title_in_plan_order_with_its_text()
    {
        var text = Text(Standard());

        var positions = CrisisPlanSections.All.Select((s, i) => text.IndexOf($" {i + 1}. {s.Title} ", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0, $"A section title is missing: {string.Join(", ", positions)}"));
        Assert.Equal(positions.Order(), positions);
        foreach (var section in CrisisPlanSections.All)
        {
            Assert.Contains(Markers[section.Key], text);
        }

        // Every section's marker is printed under its own title, before the next one.
        for (var i = 0; i < positions.Length; i++)
        {
            var end = i + 1 < positions.Length ? positions[i + 1] : text.Length;
            var marker = text.IndexOf(Markers[CrisisPlanSections.All[i].Key], positions[i], StringComparison.Ordinal);
            Assert.InRange(marker, positions[i], end);
        }

        Assert.DoesNotContain(CrisisPlanPdf.EmptySection, text);
    }

    [Fact]
    public void Standard_shows_citizen_case_version_and_contact_person()
    {
        var text = Text(Standard());

        Assert.Contains(" Kriseplan ", text);
        Assert.Contains(" Borger Anna Bjørg Ærø Sønderby ", text);
        Assert.Contains($" Sagsnummer {CaseNumber} ", text);
        Assert.Contains(" Version 3, gemt 12-03-2025 af Mette Sørensen ", text);
        Assert.Contains(" Kontaktperson Karin Ølgaard ", text);
        Assert.Contains(" Navn Telefon Kodeord ", text);
        Assert.Contains(" Birthe Ågård +45 20 11 22 33 Blåbærtærte ", text);
    }

    [Fact]
    public void Danish_letters_and_line_breaks_survive()
    {
        using var document = PdfDocument.Open(Standard());
        var words = document.GetPages().SelectMany(p => p.GetWords()).ToList();
        var texts = words.Select(w => w.Text).ToList();

        Assert.Contains("Ærøskøbing,", texts);
        Assert.Contains("Østergade", texts);
        Assert.Contains("Åbenrå.", texts);
        Assert.Contains("Æbelø", texts);
        Assert.Contains("Ågård", texts);

        // "\n" in the typed text starts a new line at the left edge of the paragraph.
        var first = words.Single(w => w.Text == "Tegnmarkør:");
        var second = words.Single(w => w.Text == "Linjeskiftmarkør");
        Assert.True(second.BoundingBox.Bottom < first.BoundingBox.Bottom - 5, "The typed line break was lost.");
        Assert.Equal(first.BoundingBox.Left, second.BoundingBox.Left, 1.0);
    }

    [Theory]
    [InlineData(CrisisPlanVariant.Standard)]
    [InlineData(CrisisPlanVariant.Diskret)]
    public void Pages_are_numbered_side_n_af_m_and_the_footer_says_when_it_was_printed(CrisisPlanVariant variant)
    {
        var pages = PdfReading.WordsPerPage(CrisisPlanPdf.Render(Plan(), variant, Logo));

        Assert.True(pages.Count >= 2, $"Expected the full plan on more than one page, got {pages.Count}.");
        for (var i = 0; i < pages.Count; i++)
        {
            var text = PdfReading.Phrases(pages[i]);
            Assert.Contains($" Side {i + 1} af {pages.Count} ", text);
            Assert.Contains(variant == CrisisPlanVariant.Standard ? " Udskrevet 14-03-2025 af Søren Åberg " : " Udskrevet 14-03-2025 ", text);
        }
    }

    [Theory]
    [InlineData(CrisisPlanVariant.Standard)]
    [InlineData(CrisisPlanVariant.Diskret)]
    public void Emergency_number_is_at_the_top_of_the_first_page(CrisisPlanVariant variant)
    {
        var pages = PdfReading.WordsPerPage(CrisisPlanPdf.Render(Plan(), variant, Logo));
        var first = PdfReading.Phrases(pages[0]);

        var emergency = first.IndexOf(" Ring 112 ved akut fare ", StringComparison.Ordinal);
        Assert.True(emergency >= 0, "The emergency line is missing from page 1.");
        Assert.True(emergency < first.IndexOf(" 1. ", StringComparison.Ordinal), "The emergency line must come before the first section.");
    }

    [Fact]
    public void Standard_has_the_municipality_in_its_header_and_the_logo_on_every_page()
    {
        using var document = PdfDocument.Open(Standard());

        Assert.Equal($"Kriseplan – {CaseNumber}", document.Information.Title);
        foreach (var page in document.GetPages())
        {
            Assert.Contains(Municipality, PdfReading.Phrases(PdfReading.Words(page)));
            Assert.Single(page.GetImages());
        }
    }

    [Fact]
    public void Discreet_has_no_image_even_when_a_logo_is_given()
    {
        using var document = PdfDocument.Open(Discreet());

        Assert.All(document.GetPages(), page => Assert.Empty(page.GetImages()));
    }

    [Fact]
    public void Discreet_reveals_no_forbidden_word_case_number_municipality_or_surname_anywhere()
    {
        using var document = PdfDocument.Open(Discreet());
        var info = document.Information;
        var everything = string.Join("\n",
            document.GetPages().Select(p => PdfReading.Phrases(PdfReading.Words(p)) + "\n" + p.Text)
                .Append(info.Title).Append(info.Author).Append(info.Subject).Append(info.Keywords).Append(info.Creator).Append(info.Producer));

        // The standard plan printed from the same data does contain them, so the check can fail.
        var standard = Text(Standard());
        Assert.Contains("Vold", standard);
        Assert.Contains("Stalking", standard);

        Assert.All(DiscreetWords.Forbidden, word => Assert.DoesNotContain(word, everything, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(CaseNumber, everything);
        Assert.DoesNotContain("Vestlund", everything);
        Assert.DoesNotContain("Kommune", everything);
        Assert.DoesNotContain("Sønderby", everything);
        Assert.DoesNotContain("Bjørg", everything);
        Assert.DoesNotContain("Kriseplan", everything, StringComparison.OrdinalIgnoreCase);
        // Staff names would let a finder look up where the citizen gets help.
        Assert.DoesNotContain("Mette", everything);
        Assert.DoesNotContain("Ølgaard", everything);
        Assert.DoesNotContain("Åberg", everything);
    }

    [Fact]
    public void Discreet_is_titled_mine_aftaler_with_the_first_name_and_discreet_section_titles()
    {
        var pdf = Discreet();
        using var document = PdfDocument.Open(pdf);
        var text = Text(pdf);

        Assert.Equal(CrisisPlanPdf.DiscreetTitle, document.Information.Title);
        Assert.True(string.IsNullOrEmpty(document.Information.Author), $"Author was '{document.Information.Author}'.");
        Assert.Contains(" Mine aftaler ", text);
        Assert.Contains(" Navn Anna ", text);
        for (var i = 0; i < CrisisPlanSections.All.Count; i++)
        {
            Assert.Contains($" {i + 1}. {CrisisPlanSections.All[i].DiscreetTitle} ", text);
        }

        foreach (var key in Markers.Keys) Assert.Contains(Markers[key], text);
    }

    [Fact]
    public void Help_lines_use_their_name_in_standard_and_their_discreet_name_in_discreet()
    {
        var standard = Text(Standard());
        var discreet = Text(Discreet());

        Assert.Contains(" Navn Nummer Åbent ", standard);
        Assert.Contains(" Lev Uden Vold – national hotline ", standard);
        Assert.Contains(" Dansk Stalking Center – rådgivning ", standard);
        Assert.DoesNotContain("Telefonrådgivning", standard);

        Assert.Contains(" Rådgivning døgnet rundt 1888 Døgnet rundt ", discreet);
        Assert.Contains(" Telefonrådgivning 25 17 73 74 ", discreet);
        Assert.DoesNotContain("Lev Uden", discreet);
        Assert.DoesNotContain("Dansk Stalking", discreet);
    }

    [Fact]
    public void Discreet_replaces_a_help_line_whose_discreet_name_reveals_it()
    {
        // Saved before the rule existed, or edited in the database: the validation in HelpLineDetails never ran.
        var line = Line("Krisecenter Nord", "Rådgivning", "70 20 30 40");
        typeof(HelpLine).GetProperty(nameof(HelpLine.DiscreetName))!.SetValue(line, "Krisecenter Nord døgnvagt");

        var text = Text(Discreet(Plan(helpLines: [line])));

        Assert.DoesNotContain("Krisecenter", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(" Telefonnummer 70 20 30 40 ", text);
    }

    /// <summary>
    /// The real path: a case whose citizen has name and address protection, its plan saved by the service, read for print
    /// through the case gate (as the print endpoint does) and rendered. Nothing of the address may be in the PDF.
    /// </summary>
    [Fact]
    public async Task A_protected_address_is_never_printed()
    {
        const string street = "Skjulestedvej";
        const string address = $"{street} 93, 6971 Spjald";
        await using var database = await TestDatabase.CreateAsync();
        var counsellor = await database.StaffAsync("raadgiver.line");
        int caseId;
        await using (var db = database.CreateDbContext())
        {
            var c = await db.Cases.Include(x => x.Citizen).Where(x => x.ContactPersonId == counsellor.Id && x.Status != CaseStatus.Afsluttet)
                .OrderBy(x => x.Id).FirstAsync();
            var details = CitizenDetails.From(c.Citizen);
            details.Address = address;
            c.Citizen.Update(details);
            c.ChangeProtection(true, true, "Navne- og adressebeskyttelse i CPR.", counsellor, database.Time.GetUtcNow());
            await db.SaveChangesAsync();
            caseId = c.Id;
        }
        var municipality = Portal.Municipality.From(new ConfigurationBuilder().Build());
        var plans = new CrisisPlanService(database.Gate);
        var opened = (await plans.OpenAsync(caseId, counsellor))!;
        var saved = await plans.SaveAsync(caseId, opened.Number, FullContent() with { NextReview = null }, counsellor);
        Assert.True(saved.IsSaved, saved.Message);

        var print = (await database.Gate.ReadAsync(CaseKey.Case(caseId), counsellor, "crisisplan",
            scope => CrisisPlanService.ForPrintAsync(scope, municipality.Name, null, default), operation: CaseOperation.Print)).Value!;
        // One case and print for both variants: only the rendering differs.
        foreach (var variant in Enum.GetValues<CrisisPlanVariant>())
        {
            var text = Text(CrisisPlanPdf.Render(print, variant, Logo));

            Assert.Contains(" Stedmarkør", text); // the plan itself printed
            Assert.DoesNotContain(street, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("6971", text);
            Assert.DoesNotContain("Spjald", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" 93,", text);
        }
    }

    [Theory]
    [InlineData(CrisisPlanVariant.Standard)]
    [InlineData(CrisisPlanVariant.Diskret)]
    public void Every_empty_section_says_it_is_not_filled_in_yet(CrisisPlanVariant variant)
    {
        var text = Text(CrisisPlanPdf.Render(Plan(new CrisisPlanContent(), []), variant, Logo));

        var count = (text.Length - text.Replace(" " + CrisisPlanPdf.EmptySection + " ", "", StringComparison.Ordinal).Length)
            / (CrisisPlanPdf.EmptySection.Length + 2);
        Assert.Equal(CrisisPlanSections.All.Count, count);
    }

    [Fact]
    public void Checklists_print_every_item_and_tick_only_those_in_the_plan()
    {
        static int Ticks(IReadOnlyList<string> goBag)
        {
            var content = FullContent() with { GoBag = goBag, DigitalSafety = [] };
            using var document = PdfDocument.Open(Standard(Plan(content)));
            return document.GetPages().Sum(p => p.Paths.Count(path => path.IsStroked));
        }

        var text = Text(Standard());
        Assert.All(CrisisPlanSections.GoBagItems.Concat(CrisisPlanSections.DigitalSafetyItems), item => Assert.Contains($" {item} ", text));
        Assert.Contains(" Noter: Taskemarkør: tasken står hos Birthe. ", text);

        var none = Ticks([]);
        var three = Ticks([CrisisPlanSections.GoBagItems[0], CrisisPlanSections.GoBagItems[3], CrisisPlanSections.GoBagItems[5]]);
        Assert.Equal(none + 3, three);
    }

    [Fact]
    public void File_names_are_neutral_for_the_discreet_plan()
    {
        Assert.Equal($"kriseplan-{CaseNumber}.pdf", CrisisPlanPdf.FileName(Plan(), CrisisPlanVariant.Standard));
        Assert.Equal("mine-aftaler.pdf", CrisisPlanPdf.FileName(Plan(), CrisisPlanVariant.Diskret));
    }

    [Theory]
    [InlineData(null, true, CrisisPlanVariant.Standard)]
    [InlineData("standard", true, CrisisPlanVariant.Standard)]
    [InlineData("Diskret", true, CrisisPlanVariant.Diskret)]
    [InlineData("diskret", true, CrisisPlanVariant.Diskret)]
    [InlineData("discreet", false, CrisisPlanVariant.Standard)]
    [InlineData("1", false, CrisisPlanVariant.Standard)]
    public void Variant_parameter_is_standard_or_diskret(string? value, bool valid, CrisisPlanVariant expected)
    {
        Assert.Equal(valid, CrisisPlanPrintEndpoints.TryParseVariant(value, out var variant));
        Assert.Equal(expected, variant);
    }

    [Fact]
    public void Benchmark_sample_is_a_three_page_standard_plan_with_the_shipped_logo()
    {
        var pdf = Portal.Benchmarks.DocumentBenchmark.SamplePdf(Printed);

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(3, document.NumberOfPages);
        Assert.Single(document.GetPage(1).GetImages());
        Assert.InRange(new FileInfo(Path.Combine(AppContext.BaseDirectory, "assets", "logo.png")).Length, 1, 10 * 1024);
    }
}
