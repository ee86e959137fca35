using Bunit;
using Portal.Components.Cases;

namespace Portal.Tests.Components;

public class MaskedNameTests : ComponentTestBase
{
    [Fact]
    public void Only_initials_reach_the_page_until_a_reveal_is_allowed()
    {
        var reveals = 0;
        var cell = Render<MaskedName>(p => p.Add(x => x.Name, "Anne Birgitte Sørensen")
            .Add(x => x.Reveal, () => { reveals++; return Task.FromResult(true); }));

        Assert.Equal("A. B. S.", cell.Find("[data-testid=masked-name]").TextContent);
        Assert.DoesNotContain("Sørensen", cell.Markup);

        cell.Find("[data-testid=reveal-name]").Click();

        Assert.Equal(1, reveals);
        Assert.Equal("Anne Birgitte Sørensen", cell.Find("[data-testid=citizen-name]").TextContent);
    }

    [Fact]
    public void A_refused_reveal_keeps_the_initials_and_the_session_setting_shows_the_name()
    {
        var refused = Render<MaskedName>(p => p.Add(x => x.Name, "Anne Jensen").Add(x => x.Reveal, () => Task.FromResult(false)));
        refused.Find("[data-testid=reveal-name]").Click();
        Assert.DoesNotContain("Jensen", refused.Markup);

        var shown = Render<MaskedName>(p => p.Add(x => x.Name, "Anne Jensen").Add(x => x.Show, true));
        Assert.Equal("Anne Jensen", shown.Find("[data-testid=citizen-name]").TextContent);
    }
}
