using Bunit;
using Portal.Components.Shell;
using Portal.Domain.Staff;

namespace Portal.Tests.Components;

public class PortalNavMenuTests : ComponentTestBase
{
    private string[] LinksFor(Role? role) =>
        Render<PortalNavMenu>(p => p.Add(m => m.Role, role))
            .FindAll("a").Select(a => a.GetAttribute("href")!).ToArray();

    [Fact]
    public void A_visitator_has_the_inbox_cases_and_new_inquiry() =>
        Assert.Equal(["/", "/indbakke", "/sager", "/henvisninger", "/henvendelser/ny", "/indstillinger"], LinksFor(Role.Visitator));

    [Theory]
    [InlineData(Role.Kontaktperson)]
    [InlineData(Role.Raadgiver)]
    public void Caseworkers_see_their_cases_and_register_inquiries(Role role) =>
        Assert.Equal(["/", "/sager", "/henvisninger", "/henvendelser/ny", "/indstillinger"], LinksFor(role));

    [Fact]
    public void Police_see_the_referrals_sent_to_them_and_no_cases() =>
        Assert.Equal(["/", "/henvisninger", "/indstillinger"], LinksFor(Role.Politi));

    [Fact]
    public void A_fagperson_sends_concerns_and_sees_no_cases() =>
        Assert.Equal(["/", "/bekymring/ny", "/bekymring"], LinksFor(Role.Fagperson));

    [Fact]
    public void A_manager_sees_no_case_list_but_the_dashboard_and_emergency_access() =>
        Assert.Equal(["/", "/ledelse", "/ledelse/noedadgang"], LinksFor(Role.Leder));

    [Fact]
    public void An_administrator_keeps_the_help_lines_and_the_audit_trail_but_sees_no_cases() =>
        Assert.Equal(["/", "/ledelse", "/administration/hjaelpelinjer", "/administration/uddannelse", "/administration/revisionsspor"], LinksFor(Role.Administrator));

    [Fact]
    public void Nobody_signed_in_sees_no_links() => Assert.Empty(LinksFor(null));

    [Fact]
    public void Links_are_in_danish()
    {
        var menu = Render<PortalNavMenu>(p => p.Add(m => m.Role, Role.Visitator));
        Assert.Contains("Mit overblik", menu.Markup);
        Assert.Contains("Sager", menu.Markup);
    }
}
