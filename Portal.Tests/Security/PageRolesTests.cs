using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Portal.Components.Shell;
using Portal.Domain.Staff;

namespace Portal.Tests.Security;

/// <summary>Who may open a page or follow a menu link is a row of the capability table, not a role list of its own.</summary>
public class PageRolesTests
{
    private static readonly HashSet<string> Rows =
        Enum.GetValues<Capability>().Select(Capabilities.RoleNamesFor).ToHashSet();

    [Fact]
    public void Every_page_that_names_roles_names_a_row_of_the_table()
    {
        var pages = typeof(Portal.App).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(RouteAttribute), false).Length > 0)
            .SelectMany(t => t.GetCustomAttributes(typeof(AuthorizeAttribute), true).Cast<AuthorizeAttribute>()
                .Where(a => a.Roles is not null).Select(a => (Page: t.Name, Roles: a.Roles!)))
            .ToArray();

        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.True(Rows.Contains(Normalised(p.Roles)), $"{p.Page}: {p.Roles} is no row of the capability table"));
    }

    [Fact]
    public void The_menu_shows_each_role_the_links_of_its_capabilities()
    {
        Assert.Equal(["/", "/bekymring/ny", "/bekymring"], NavItem.For(Role.Fagperson).Select(i => i.Href));
        Assert.Equal(["/", "/henvisninger", "/indstillinger"], NavItem.For(Role.Politi).Select(i => i.Href));
        Assert.Contains(NavItem.For(Role.Visitator), i => i.Href == "/indbakke");
        Assert.DoesNotContain(NavItem.For(Role.Kontaktperson), i => i.Href == "/indbakke");
        Assert.Empty(NavItem.For(null));
    }

    // In the enum's order, as RoleNamesFor writes them.
    private static string Normalised(string roles) =>
        string.Join(',', Enum.GetValues<Role>().Where(r => roles.Split(',', StringSplitOptions.TrimEntries).Contains(r.ToString())));
}
