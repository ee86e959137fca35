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
        Assert.Equal(["/", "/indbakke", "/sager", "/henvendelser/ny"], LinksFor(Role.Visitator));

    [Theory]
    [InlineData(Role.Kontaktperson)]
    [InlineData(Role.Raadgiver)]
    public void Caseworkers_see_their_cases_and_register_inquiries(Role role) =>
        Assert.Equal(["/", "/sager", "/henvendelser/ny"], LinksFor(role));

    [Fact]
    public void Police_see_the_cases_shared_with_them() => Assert.Equal(["/", "/sager"], LinksFor(Role.Politi));

    [Fact]
    public void A_fagperson_sends_concerns_and_sees_no_cases() =>
        Assert.Equal(["/", "/bekymring/ny", "/bekymring"], LinksFor(Role.Fagperson));

    [Theory]
    [InlineData(Role.Leder)]
    [InlineData(Role.Administrator)]
    public void Roles_without_case_contents_do_not_see_the_case_list(Role role) => Assert.Equal(["/"], LinksFor(role));

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
