using Bunit;
using Portal.Components.Visitation;
using Portal.Domain.Visitation;

namespace Portal.Tests.Components;

public class GuidedFlowTests : ComponentTestBase
{
    [Fact]
    public void The_guided_flow_locks_steps_beyond_the_reachable_one()
    {
        var selected = 0;
        var flow = Render<GuidedFlow>(p => p
            .Add(f => f.Titles, VisitationSteps.Titles)
            .Add(f => f.Current, 3)
            .Add(f => f.Reachable, 4)
            .Add(f => f.StepSelected, step => selected = step));

        Assert.Equal("Hvor længe og hvor tit", flow.Find("[data-testid=step-title]").TextContent);
        Assert.Equal(["1. Sikkerhed nu", "2. Det der sker", "4. Relationen"], flow.FindAll("button.portal-flow-step").Select(b => b.TextContent.Trim()));
        flow.FindAll("button.portal-flow-step")[2].Click();
        Assert.Equal(4, selected);
        Assert.Contains("Trin 3 af 10", flow.Markup);
    }

    [Fact]
    public void The_first_step_cannot_go_back_and_next_is_reported()
    {
        var nexts = 0;
        var flow = Render<GuidedFlow>(p => p.Add(f => f.Titles, VisitationSteps.Titles).Add(f => f.Current, 1).Add(f => f.Next, () => nexts++));

        Assert.True(flow.Find("[data-testid=flow-back]").HasAttribute("disabled"));
        flow.Find("[data-testid=flow-next]").Click();
        Assert.Equal(1, nexts);
        Assert.Empty(flow.FindAll("[data-testid=flow-finish]"));
    }

    [Fact]
    public void The_last_step_finishes_with_its_own_text_and_waits_while_busy()
    {
        var finishes = 0;
        var flow = Render<GuidedFlow>(p => p.Add(f => f.Titles, VisitationSteps.Titles).Add(f => f.Current, VisitationSteps.Titles.Count)
            .Add(f => f.FinishText, "Afslut visitationen").Add(f => f.Finish, () => finishes++));

        Assert.Equal("Afslut visitationen", flow.Find("[data-testid=flow-finish]").TextContent.Trim());
        Assert.Empty(flow.FindAll("[data-testid=flow-next]"));
        flow.Find("[data-testid=flow-finish]").Click();
        Assert.Equal(1, finishes);

        flow.Render(p => p.Add(f => f.Busy, true));
        Assert.True(flow.Find("[data-testid=flow-finish]").HasAttribute("disabled"));
        Assert.True(flow.Find("[data-testid=flow-back]").HasAttribute("disabled"));
    }
}
