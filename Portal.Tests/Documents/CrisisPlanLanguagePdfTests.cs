using System.Text.RegularExpressions;
using Portal.Domain.CrisisPlans;
using Portal.Domain.HelpLines;
using Portal.Features.CrisisPlans;
using UglyToad.PdfPig;

namespace Portal.Tests.Documents;

public class CrisisPlanLanguagePdfTests
{
    private static readonly DateTimeOffset Printed = new(2025, 3, 14, 10, 30, 0, TimeSpan.FromHours(1));
    private static readonly CrisisPlanLanguageCatalog Catalog = CrisisPlanLanguageCatalog.Shipped;

    public static TheoryData<string> Codes() => new(CrisisPlanLanguages.Codes);

    private static CrisisPlanContent Content() => new()
    {
        WarningSigns = "Han holder bilen uden for skolen.",
        DangerNow = "Ring 112.",
        SafePlaces = "Biblioteket.",
        TrustedPeople = [new TrustedPerson("Birthe Ågård", "+45 20 11 22 33", "Blåbær")],
        DigitalSafety = [CrisisPlanSections.DigitalSafetyItems[0]],
        GoBag = [CrisisPlanSections.GoBagItems[1], "Bamse"],
        GoBagNotes = "Hos Birthe.",
        NextReview = new DateOnly(2025, 6, 14),
    };

    private static readonly IReadOnlyList<HelpLine> HelpLines =
    [
        new(new HelpLineDetails { Name = "Alarm 112", DiscreetName = "Alarm", Number = "112", OpeningHours = "Døgnet rundt" }),
        new(new HelpLineDetails { Name = "Lev Uden Vold", DiscreetName = "Rådgivning", Number = "1888", OpeningHours = "" }),
    ];

    private static CrisisPlanPrint Plan(CrisisPlanContent? content = null) =>
        new("Vestlund Kommune", "2025-0142", "Fatima Hassan", content ?? Content(), 3, Printed.AddDays(-2), "Mette Sørensen",
            null, HelpLines, Printed, "Søren Åberg");

    private static byte[] Render(string code, CrisisPlanVariant variant, CrisisPlanContent? content = null) =>
        CrisisPlanPdf.Render(Plan(content), variant, null, Catalog.Get(code));

    // Wrapping may break a text anywhere there is a space, so texts are compared without white space.
    // The zero-width non-joiner of Farsi only stops letters joining; a reader may drop it when it extracts the text.
    private static string Squeeze(string text) => Regex.Replace(text, @"[\s\u200C]+", "");

    /// <summary>The fixed parts of a text: what is left when its placeholders are taken out.</summary>
    private static IEnumerable<string> Parts(string text) =>
        Regex.Split(text, @"\{\d\}").Select(Squeeze).Where(p => p.Length > 1);

    [Fact]
    public void Every_language_has_every_Danish_key_and_keeps_its_placeholders()
    {
        var danish = Catalog.Danish.Texts;
        foreach (var language in Catalog.All)
        {
            Assert.Equal(danish.Keys.Order(), language.Texts.Keys.Order());
            foreach (var (key, text) in danish)
            {
                var expected = Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order();
                Assert.True(expected.SequenceEqual(Regex.Matches(language.Texts[key], @"\{\d\}").Select(m => m.Value).Order()),
                    $"{language.Code}: '{key}' must keep the placeholders of '{text}'.");
                Assert.False(string.IsNullOrWhiteSpace(language.Texts[key]), $"{language.Code}: '{key}' is empty.");
            }
        }
    }

    [Fact]
    public void The_Danish_file_holds_the_domains_sections_and_checklist_items()
    {
        var danish = Catalog.Danish;
        foreach (var section in CrisisPlanSections.All)
        {
            Assert.Equal(section.Title, danish[$"section.{section.Key}.title"]);
            Assert.Equal(section.DiscreetTitle, danish[$"section.{section.Key}.discreet"]);
        }

        // The plan saves the Danish item; the print finds its translation by position.
        Assert.Equal(CrisisPlanSections.GoBagItems, CrisisPlanSections.GoBagItems.Select((_, i) => danish[$"gobag.{i + 1}"]));
        Assert.Equal(CrisisPlanSections.DigitalSafetyItems, CrisisPlanSections.DigitalSafetyItems.Select((_, i) => danish[$"digital.{i + 1}"]));
        Assert.Equal(DiscreetWords.Forbidden, danish.RevealingWords);
    }

    [Fact]
    public void A_language_file_without_a_key_stops_the_catalog()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            foreach (var file in Directory.GetFiles(CrisisPlanLanguageCatalog.Directory)) File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            var somali = Path.Combine(folder.FullName, "so.json");
            File.WriteAllLines(somali, File.ReadAllLines(somali).Where(l => !l.Contains("\"footer.page\"")));
            var error = Assert.Throws<InvalidDataException>(() => new CrisisPlanLanguageCatalog(folder.FullName));
            Assert.Contains("'so': missing keys [footer.page]", error.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_standard_plan_prints_every_fixed_text_in_its_language(string code)
    {
        var language = Catalog.Get(code);
        var pdf = Render(code, CrisisPlanVariant.Standard);
        var text = Squeeze(PdfReading.LogicalText(pdf));

        // With PORTAL_SCREENSHOTS set, the plans are kept to be looked at (pdftoppm).
        if (Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, $"kriseplan-{code}.pdf"), pdf);
            File.WriteAllBytes(Path.Combine(folder, $"kriseplan-{code}-diskret.pdf"), Render(code, CrisisPlanVariant.Diskret));
        }

        var printed = language.Texts.Where(t => !t.Key.EndsWith(".discreet", StringComparison.Ordinal)
            && t.Key is not ("title.discreet" or "info.name" or "info.saved" or "info.savedValue" or "footer.printed" or "section.fallback" or "helplines.discreetFallback"));
        foreach (var (key, value) in printed)
        {
            foreach (var part in Parts(value)) Assert.True(text.Contains(part, StringComparison.Ordinal), $"{code}: '{key}' ({part}) is not in the PDF.");
        }

        // What the counsellor typed stays as typed, phone numbers in their own order.
        Assert.Contains(Squeeze("Han holder bilen uden for skolen."), text);
        Assert.Contains("+4520112233", text);
        Assert.Contains("Bamse", text);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_discreet_plan_has_no_word_for_violence_or_stalking_in_its_language(string code)
    {
        var language = Catalog.Get(code);
        Assert.NotEmpty(language.RevealingWords);
        var text = PdfReading.LogicalText(Render(code, CrisisPlanVariant.Diskret));
        Assert.Contains(Squeeze(language["title.discreet"]), Squeeze(text));
        foreach (var word in language.RevealingWords.Concat(DiscreetWords.Forbidden))
            Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"{code}: the discreet plan says '{word}'.");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Page_numbers_are_in_the_plans_language(string code)
    {
        var language = Catalog.Get(code);
        var pdf = Render(code, CrisisPlanVariant.Standard);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2);
        for (var page = 1; page <= document.NumberOfPages; page++)
        {
            var text = Squeeze(PdfReading.LogicalText(document.GetPage(page)));
            Assert.Contains(Squeeze(language.Format("footer.page", page, document.NumberOfPages)), text);
        }
    }

    [Fact]
    public void Arabic_runs_right_to_left_and_reads_back_in_logical_order()
    {
        var arabic = Catalog.Get("ar");
        Assert.True(arabic.RightToLeft);
        var pdf = Render("ar", CrisisPlanVariant.Standard);
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);

        // The title, extracted in the order it is read (first letter first), not the order it is drawn on the page.
        var text = PdfReading.LogicalText(page);
        Assert.Contains(Squeeze(arabic["title.standard"]), Squeeze(text));

        // Lines start at the right margin: the title's letters are right of the middle, the Latin footer text starts left of it.
        var titleLetters = page.Letters.Where(l => l.PointSize > 15).ToList();
        Assert.NotEmpty(titleLetters);
        Assert.True(titleLetters.Max(l => l.BoundingBox.Right) > page.Width - 60, "The Arabic title does not end at the right margin.");
        Assert.True(titleLetters.Min(l => l.BoundingBox.Left) > page.Width / 2, "The Arabic title is not right-aligned.");

        // Joined letters are drawn from shaped glyphs: more glyphs than the font maps directly to characters.
        Assert.Contains(page.GetMarkedContents(), m => m.ActualText is not null);

        // The page number is at the left of the footer in a right-to-left document.
        var footer = page.Letters.Where(l => l.StartBaseLine.Y < 60).ToList();
        var pageNumber = footer.Where(l => l.Value == "1").OrderBy(l => l.StartBaseLine.X).First();
        Assert.True(pageNumber.StartBaseLine.X < page.Width / 2, "The page number is not at the left.");
    }

    [Fact]
    public void A_Danish_name_and_a_phone_number_inside_Arabic_keep_their_own_direction()
    {
        var content = Content() with { SafePlaces = "عند أختي Birthe Ågård على الرقم +45 20 11 22 33" };
        var pdf = Render("ar", CrisisPlanVariant.Standard, content);
        var text = Squeeze(PdfReading.LogicalText(pdf));
        Assert.Contains(Squeeze("عند أختي Birthe Ågård على الرقم +45 20 11 22 33"), text);

        // On the page, the Danish name reads left to right and sits left of the Arabic words before it.
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPages().First(p => p.Letters.Any(l => l.Value == "B"));
        var b = page.Letters.First(l => l.Value == "B");
        var i = page.Letters.First(l => l.Value == "i" && Math.Abs(l.StartBaseLine.Y - b.StartBaseLine.Y) < 1 && l.StartBaseLine.X > b.StartBaseLine.X);
        Assert.True(i.StartBaseLine.X > b.StartBaseLine.X);
        var plus = page.Letters.First(l => l.Value == "+" && Math.Abs(l.StartBaseLine.Y - b.StartBaseLine.Y) < 1);
        var three = page.Letters.Where(l => l.Value == "3" && Math.Abs(l.StartBaseLine.Y - b.StartBaseLine.Y) < 1).Max(l => l.StartBaseLine.X);
        Assert.True(plus.StartBaseLine.X < three, "The phone number does not read left to right.");
        Assert.True(plus.StartBaseLine.X < b.StartBaseLine.X, "The number, read after the name, should be left of it in Arabic.");
    }

    [Fact]
    public void A_right_to_left_override_typed_into_the_plan_cannot_reverse_the_print()
    {
        var content = Content() with { WarningSigns = "Test \u202Eexe.live" };
        var text = PdfReading.LogicalText(Render("da", CrisisPlanVariant.Standard, content));
        Assert.False(text.Contains('\u202E'), "The override character reached the PDF.");
        Assert.Contains("Testexe.live", Squeeze(text));
    }

    [Fact]
    public void An_emoji_prints_as_a_visible_box_that_still_reads_as_the_emoji()
    {
        var content = Content() with { WarningSigns = "Han sender 😡 og 👨‍👩‍👧 om natten" };
        var pdf = Render("da", CrisisPlanVariant.Standard, content);
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Contains("Hansender😡og👨‍👩‍👧omnatten", Squeeze(PdfReading.LogicalText(page)));

        // A box glyph is drawn between "sender" and "og": it has a width, so something is on the paper.
        var boxes = page.GetMarkedContents().Where(m => m.ActualText is "😡" or "👨‍👩‍👧").ToList();
        Assert.Equal(2, boxes.Count);
        Assert.All(boxes, b => Assert.True(b.Letters.Single().Width > 2));
    }
}
