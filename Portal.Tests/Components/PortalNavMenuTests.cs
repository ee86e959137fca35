using Bunit;
using Portal.Components.Shell;
using Portal.Domain.Staff;

namespace Portal.Tests.Components;

public class PortalNavMenuTests : ComponentTestBase
{
    private string[] LinksFor(Role? role) =>
        Render<PortalNavMenu>(p => p.Add(m => m.Role, role))
            .FindAll("a").Select(a => a.GetAttribute("href")!).ToArray();

    [Theory]
    [InlineData(Role.Visitator)]
    [InlineData(Role.Kontaktperson)]
    [InlineData(Role.Raadgiver)]
    [InlineData(Role.Politi)]
    public void Caseworkers_see_the_case_list(Role role) => Assert.Equal(["/", "/sager"], LinksFor(role));

    [Theory]
    [InlineData(Role.Fagperson)]
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
