using Portal.Domain.CrisisPlans;
using Portal.Domain.HelpLines;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

public class CrisisPlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly StaffMember _counsellor = TestData.Staff(6, Role.Raadgiver, "Line");

    private static CrisisPlanContent FirstFour() => new()
    {
        WarningSigns = "Opkald fra skjult nummer.",
        DangerNow = "Ring 112.",
        SafePlaces = "Hos min søster.",
        TrustedPeople = [new TrustedPerson("Hanne", "20304050", "blå trøje")],
    };

    [Fact]
    public void A_plan_is_ready_when_the_first_four_sections_are_filled()
    {
        Assert.True(FirstFour().IsReady);
        Assert.False((FirstFour() with { SafePlaces = " " }).IsReady);
        Assert.False((FirstFour() with { TrustedPeople = [] }).IsReady);
        Assert.False(new CrisisPlanContent().IsReady);
    }

    [Fact]
    public void Trusted_people_need_a_name_and_a_valid_phone()
    {
        var plan = FirstFour() with { TrustedPeople = [new TrustedPerson("", "123", null)] };
        var errors = plan.Validate(Today);
        Assert.Equal("Navnet skal udfyldes.", errors["TrustedPeople[0].Name"]);
        Assert.NotNull(errors["TrustedPeople[0].Phone"]);
    }

    [Fact]
    public void The_next_review_cannot_be_in_the_past()
    {
        Assert.NotNull((FirstFour() with { NextReview = Today.AddDays(-1) }).Validate(Today)["NextReview"]);
        Assert.True((FirstFour() with { NextReview = Today }).Validate(Today).IsValid);
    }

    [Fact]
    public void Saving_numbers_versions_and_normalises_phones()
    {
        var v1 = CrisisPlanVersion.Save(3, 0, FirstFour(), _counsellor, Today, TestData.Now);
        var v2 = CrisisPlanVersion.Save(3, 1, FirstFour() with { Agreements = "Tirsdage kl. 10." }, _counsellor, Today, TestData.Now);

        Assert.Equal((1, 2), (v1.Number, v2.Number));
        Assert.True(v1.IsReady);
        Assert.Equal("20 30 40 50", v1.Content.TrustedPeople[0].Phone);
        Assert.Equal("Tirsdage kl. 10.", v2.Content.Agreements);
    }

    [Fact]
    public void An_invalid_plan_or_a_role_without_plans_saves_nothing()
    {
        Assert.Throws<DomainValidationException>(() =>
            CrisisPlanVersion.Save(3, 0, FirstFour() with { NextReview = Today.AddDays(-3) }, _counsellor, Today, TestData.Now));
        Assert.Throws<DomainRuleException>(() => CrisisPlanVersion.Save(3, 0, FirstFour(), TestData.Staff(5, Role.Politi), Today, TestData.Now));
    }

    [Fact]
    public void Comparing_versions_names_the_changed_sections_in_plan_order()
    {
        var a = FirstFour();
        var b = a with { SafePlaces = "Hos min mor.", GoBag = ["Medicin"], TrustedPeople = [.. a.TrustedPeople, new TrustedPerson("Inger", "31415161", null)] };
        Assert.Equal(["Sikre steder", "Personer jeg kan ringe til", "Taske klar til at gå"], CrisisPlanContent.ChangedSections(a, b));
        Assert.Empty(CrisisPlanContent.ChangedSections(a, a with { }));
    }

    [Fact]
    public void The_sections_are_numbered_in_plan_order_with_unique_keys()
    {
        Assert.Equal(Enumerable.Range(1, CrisisPlanSections.All.Count), CrisisPlanSections.All.Select(s => s.Number));
        Assert.Equal(CrisisPlanSections.All.Count, CrisisPlanSections.All.Select(s => s.Key).Distinct().Count());
        Assert.Equal("1. Tegn på fare", CrisisPlanSections.All[0].Heading);
        Assert.Equal("5. Hjælp døgnet rundt", CrisisPlanSections.Get(CrisisPlanSections.Keys.HelpLines).Heading);
        Assert.Equal("10. Næste gennemgang", CrisisPlanSections.All[^1].Heading);
        Assert.Equal("Hvor kan borgeren gå hen? Skriv ikke borgerens egen adresse.", CrisisPlanSections.Get(CrisisPlanSections.Keys.Places).Help);
        Assert.Throws<InvalidOperationException>(() => CrisisPlanSections.Get("address"));
    }

    [Fact]
    public void Discreet_titles_and_shipped_discreet_help_line_names_reveal_nothing()
    {
        Assert.All(CrisisPlanSections.All, s => Assert.False(DiscreetWords.Reveals(s.DiscreetTitle), s.DiscreetTitle));
        Assert.All(Portal.Features.HelpLines.HelpLineSeed.Shipped(), h => Assert.False(DiscreetWords.Reveals(h.DiscreetName), h.DiscreetName));
        // The checklists print on the discreet plan too.
        Assert.All(CrisisPlanSections.DigitalSafetyItems.Concat(CrisisPlanSections.GoBagItems), i => Assert.False(DiscreetWords.Reveals(i), i));
        Assert.True(DiscreetWords.Reveals("Lev Uden Vold"));
        Assert.True(DiscreetWords.Reveals("Tjek for sporingsudstyr"));
    }

    [Fact]
    public void A_help_line_needs_a_discreet_name_that_reveals_nothing()
    {
        var details = new HelpLineDetails { Name = "Krisecenter", DiscreetName = "Krisecenteret", Number = "12 34 56 78", OpeningHours = "Døgnet rundt" };
        Assert.NotNull(details.Validate()["DiscreetName"]);
        details.DiscreetName = "Et sted at bo";
        details.Number = "ring os";
        Assert.Equal("Nummeret må kun indeholde cifre, mellemrum, + og -.", details.Validate()["Number"]);
    }

    [Fact]
    public void The_editor_form_round_trips_and_drops_empty_person_rows()
    {
        var form = CrisisPlanForm.From(FirstFour());
        form.TrustedPeople.Add(new CrisisPlanForm.PersonRow());
        var content = form.ToContent();
        Assert.Single(content.TrustedPeople);
        Assert.Empty(CrisisPlanContent.ChangedSections(FirstFour(), content));
    }

    [Fact]
    public void Direction_overrides_typed_into_the_plan_are_not_saved()
    {
        var form = new CrisisPlanForm
        {
            WarningSigns = "Test \u202Eexe.live",
            TrustedPeople = [new CrisisPlanForm.PersonRow { Name = "\u202EBirthe", Phone = "+45 20 11 22 33", CodeWord = "\u2067Blåbær\u2069" }],
            GoBag = ["\u202DBamse"],
        };
        var content = form.ToContent();
        Assert.Equal("Test exe.live", content.WarningSigns);
        Assert.Equal("Birthe", content.TrustedPeople[0].Name);
        Assert.Equal("Blåbær", content.TrustedPeople[0].CodeWord);
        Assert.Equal(["Bamse"], content.GoBag);
    }

    [Fact]
    public void The_citizens_language_is_one_the_plan_prints_in()
    {
        var citizen = new Portal.Domain.Citizens.Citizen(new Portal.Domain.Citizens.CitizenDetails { Name = "Fatima Hassan", Phone = "+45 22 33 44 55" });
        Assert.True(citizen.SetPreferredLanguage("ar"));
        Assert.Equal("ar", citizen.PreferredLanguage);
        Assert.False(citizen.SetPreferredLanguage("xx"));
        Assert.Equal("ar", citizen.PreferredLanguage);
        Assert.True(citizen.SetPreferredLanguage(null));
        Assert.Null(citizen.PreferredLanguage);
        Assert.Equal(9, CrisisPlanLanguages.Codes.Distinct().Count());
    }
}
