using Bunit;
using Portal.Components.Cases;

namespace Portal.Tests.Components;

public class CaseNavTests : ComponentTestBase
{
    [Fact]
    public void The_case_tabs_include_referrals()
    {
        var nav = Render<CaseNav>(p => p.Add(n => n.CaseId, 12).Add(n => n.Current, "henvisninger"));
        var active = nav.Find("a.active");
        Assert.Equal(("/sager/12/henvisninger", "Henvisninger"), (active.GetAttribute("href"), active.TextContent));
    }

    [Fact]
    public void A_partial_share_shows_only_the_case_risk_and_crisis_plan_tabs_and_marks_the_current_one()
    {
        var nav = Render<CaseNav>(p => p.Add(n => n.CaseId, 7).Add(n => n.Current, "risiko").Add(n => n.Partial, true));

        Assert.Equal(["Sagen", "Risikovurdering", "Kriseplan"], nav.FindAll("a").Select(a => a.TextContent));
        Assert.Equal("page", nav.Find("a[href='/sager/7/risiko']").GetAttribute("aria-current"));
        Assert.Null(nav.Find("a[href='/sager/7']").GetAttribute("aria-current"));
        Assert.Equal("Sagens sider", nav.Find("nav").GetAttribute("aria-label"));
    }

    [Fact]
    public void The_whole_case_has_every_tab_in_danish()
    {
        var nav = Render<CaseNav>(p => p.Add(n => n.CaseId, 7));
        Assert.Equal(["Sagen", "Stalkingvisitation", "Risikovurdering", "Kriseplan", "Hændelseslog", "Samarbejdsmøder", "Kontaktperson", "Henvisninger"],
            nav.FindAll("a").Select(a => a.TextContent));
        Assert.Equal("/sager/7", nav.Find("a.active").GetAttribute("href"));
    }
}
