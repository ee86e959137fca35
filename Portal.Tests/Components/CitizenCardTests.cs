using Bunit;
using Portal.Components.Cases;
using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Tests.Domain;

namespace Portal.Tests.Components;

public class CitizenCardTests : ComponentTestBase
{
    private static readonly StaffMember Visitator = TestData.Staff(1, Role.Visitator);
    private static readonly StaffMember Police = TestData.Staff(5, Role.Politi);

    private static Case ProtectedCase()
    {
        var c = TestData.NewCase(protectedAddress: true, visitator: Visitator);
        return c;
    }

    [Fact]
    public void A_protected_address_is_masked_for_someone_without_the_right()
    {
        var card = Render<CitizenCard>(p => p.Add(x => x.Citizen, CaseView.For(ProtectedCase(), Police, TestData.Now).Citizen));

        Assert.DoesNotContain("Hemmeligvej", card.Markup);
        Assert.Contains(CaseAccess.MaskedAddress, card.Find("[data-testid=citizen-address]").TextContent);
    }

    [Fact]
    public void The_visitator_sees_the_address_marked_as_protected()
    {
        var card = Render<CitizenCard>(p => p.Add(x => x.Citizen, CaseView.For(ProtectedCase(), Visitator, TestData.Now).Citizen));

        var address = card.Find("[data-testid=citizen-address]").TextContent;
        Assert.Contains("Hemmeligvej 7, 6700 Esbjerg", address);
        Assert.Contains("Navne- og adressebeskyttelse", address);
    }

    [Fact]
    public void Safe_contact_preferences_are_spelled_out()
    {
        var card = Render<CitizenCard>(p => p.Add(x => x.Citizen, CaseView.For(ProtectedCase(), Visitator, TestData.Now).Citizen));
        Assert.Equal("Må ringes op, ingen besked på telefonsvarer, ingen sms, ingen breve til hjemmet.",
            card.Find("[data-testid=citizen-safe-contact]").TextContent);
    }

    [Fact]
    public void A_crisis_plan_and_risk_share_shows_that_cpr_and_children_are_not_shared()
    {
        var counsellor = TestData.Staff(6, Role.Raadgiver);
        var c = TestData.NewCase(visitator: Visitator);
        TestData.Share(c, counsellor, Visitator, SharePart.KriseplanOgRisiko);

        var card = Render<CitizenCard>(p => p.Add(x => x.Citizen, CaseView.For(c, counsellor, TestData.Now).Citizen));

        Assert.Equal("Ikke delt med dig", card.Find("[data-testid=citizen-cpr]").TextContent);
        Assert.Contains("20 30 40 50", card.Markup);
    }
}
