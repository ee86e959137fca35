using Bunit;
using Portal.Components.Cases;
using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Tests.Domain;

namespace Portal.Tests.Components;

public class CaseHeaderTests : ComponentTestBase
{
    private static readonly StaffMember Visitator = TestData.Staff(1, Role.Visitator, "Mette");

    [Fact]
    public void Shows_citizen_number_kind_status_and_contact_person()
    {
        var c = TestData.NewCase(visitator: Visitator);
        c.MoveTo(CaseStatus.Visiteret, Visitator, TestData.Now);
        c.AssignContactPerson(TestData.Staff(2, Role.Kontaktperson, "Sofie"), Visitator, TestData.Now);

        var header = Render<CaseHeader>(p => p.Add(h => h.Case, CaseView.For(c, Visitator, TestData.Now)));

        Assert.Equal("Anne Jensen", header.Find("[data-testid=case-citizen]").TextContent);
        Assert.Equal("2026-0001", header.Find("[data-testid=case-number]").TextContent);
        Assert.Equal("Stalking", header.Find("[data-testid=case-kind]").TextContent.Trim());
        Assert.Contains("Visiteret", header.Markup);
        Assert.Equal("Sofie 2", header.Find("[data-testid=case-contact-person]").TextContent.Trim());
        Assert.Contains("24-11-2026", header.Markup);
    }

    [Fact]
    public void Says_plainly_when_no_contact_person_is_assigned()
    {
        var header = Render<CaseHeader>(p => p.Add(h => h.Case, CaseView.For(TestData.NewCase(visitator: Visitator), Visitator, TestData.Now)));
        Assert.Contains("Ingen kontaktperson endnu", header.Find("[data-testid=case-contact-person]").TextContent);
        Assert.Contains("Modtaget", header.Markup);
    }
}
