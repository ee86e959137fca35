using Bunit;
using Portal.Components.Dashboards;

namespace Portal.Tests.Components;

public class KpiCardTests : ComponentTestBase
{
    [Fact]
    public void A_KPI_card_shows_the_figure_and_the_period_before()
    {
        var card = Render<KpiCard>(p => p.Add(c => c.Title, "Nye henvendelser").Add(c => c.Value, "31").Add(c => c.Previous, "<5")
            .Add(c => c.Hint, "Svarfrist: 1 arbejdsdag").Add(c => c.TestId, "kpi"));
        Assert.Equal("31", card.Find("[data-testid=kpi-value]").TextContent);
        Assert.Equal("Forrige periode: <5", card.Find("[data-testid=kpi-previous]").TextContent);
        Assert.Contains("Svarfrist: 1 arbejdsdag", card.Markup);
        Assert.Empty(card.FindAll(".mud-error-text"));

        var warn = Render<KpiCard>(p => p.Add(c => c.Title, "Over fristen").Add(c => c.Value, "7").Add(c => c.Warn, true).Add(c => c.TestId, "w"));
        Assert.Contains("mud-error-text", warn.Find("[data-testid=w-value]").ClassName);
        Assert.Empty(warn.FindAll("[data-testid=w-previous]"));
    }
}
