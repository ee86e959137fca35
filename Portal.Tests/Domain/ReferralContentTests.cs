using Portal.Domain.Cases;
using Portal.Domain.Incidents;
using Portal.Domain.Referrals;
using Portal.Domain.Risk;
using static Portal.Tests.Domain.ReferralTestData;

namespace Portal.Tests.Domain;

public class ReferralContentTests
{
    private static ReferralSources Sources(Case c) => new(c.Citizen, RiskLevel.Hoej, "stalking-screening v1", TestData.Now,
        [Incident.Record(c.Id, new IncidentForm { Date = Today.AddDays(-3), WhatHappened = "Fulgte efter mig.", Place = "Ved Netto" }, Sofie, Today, TestData.Now, Guid.NewGuid())],
        null, null, "Stalkingvisitation – opsummering\nSikkerhed nu: ikke i fare.");

    private static Referral WithItems(params SharedItem[] items)
    {
        var form = Form(RecipientKind.Politi, items);
        form.FreeText = "Borgeren taler bedst engelsk.";
        form.UseLegalBasis = true;
        form.LegalBasis = "Forvaltningslovens § 28";
        return Referral.Send(CaseId, form, [], Sofie, TestData.Now, 5, Guid.NewGuid());
    }

    private static string Text(IEnumerable<SharedSection> sections) =>
        string.Join("\n", sections.SelectMany(s => s.Lines.Prepend(s.Title).Concat(s.TableRows?.SelectMany(r => r) ?? [])));

    [Fact]
    public void Only_the_chosen_items_are_shared()
    {
        var c = TestData.NewCase();
        var shared = ReferralContent.For(WithItems(SharedItem.Navn, SharedItem.Risikoniveau), Sources(c));

        Assert.Equal([SharedItem.Navn, SharedItem.Risikoniveau], shared.Select(s => s.Item));
        var text = Text(shared);
        Assert.Contains("Anne Jensen", text);
        Assert.Contains("Høj", text);
        Assert.DoesNotContain("20 30 40 50", text);
        Assert.DoesNotContain("Fulgte efter mig", text);
        Assert.DoesNotContain("engelsk", text);
    }

    [Fact]
    public void Sharing_everything_still_never_shares_the_address()
    {
        var c = TestData.NewCase(protectedAddress: true);
        var text = Text(ReferralContent.For(WithItems([.. SharedItems.All]), Sources(c)));

        Assert.Contains("Fulgte efter mig.", text);
        Assert.Contains("Borgeren taler bedst engelsk.", text);
        Assert.Contains("Sikkerhed nu: ikke i fare.", text);
        Assert.DoesNotContain("Hemmeligvej", text);
        Assert.DoesNotContain("6700", text);
    }

    [Fact]
    public void Missing_information_is_said_plainly()
    {
        var c = TestData.NewCase();
        var sources = Sources(c) with { RiskLevel = null, Incidents = [], VisitationSummary = null };
        var text = Text(ReferralContent.For(WithItems(SharedItem.Cpr, SharedItem.Risikoniveau, SharedItem.Haendelseslog, SharedItem.Kriseplan, SharedItem.Visitationsresume), sources));
        Assert.Contains(ReferralContent.NotGiven, text);
        Assert.Contains("Der er ikke foretaget en risikovurdering.", text);
        Assert.Contains("Der er ikke registreret hændelser.", text);
        Assert.Contains("Der er ikke lavet en kriseplan.", text);
        Assert.Contains("Der er ikke registreret en stalkingvisitation.", text);
    }
}
