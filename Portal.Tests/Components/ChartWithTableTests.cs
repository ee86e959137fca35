using Bunit;
using Portal.Components.Dashboards;

namespace Portal.Tests.Components;

public class ChartWithTableTests : ComponentTestBase
{
    [Fact]
    public void A_chart_has_its_numbers_in_a_table_with_small_counts_suppressed()
    {
        var chart = Render<ChartWithTable>(p => p.Add(c => c.Title, "Indgang").Add(c => c.LabelHeader, "Indgang")
            .Add(c => c.Labels, new[] { "Politi", "Skole", "Jobcenter" })
            .Add(c => c.Series, new[] { new ChartSeriesData("Perioden", [12, 3, 0]), new ChartSeriesData("Forrige", [5, 1, 40]) })
            .Add(c => c.TestId, "chart"));
        var cells = chart.FindAll("[data-testid=chart-cell]").Select(c => c.TextContent).ToList();
        Assert.Equal(["12", "5", "<5", "<5", "0", "40"], cells);
        Assert.Equal(["Indgang", "Perioden", "Forrige"], chart.FindAll("thead th").Select(h => h.TextContent));
        Assert.Equal("Indgang", chart.Find("caption").TextContent);
        Assert.Equal("true", chart.Find("[aria-hidden]").GetAttribute("aria-hidden")); // the table, not the drawing, is read aloud

        var staff = Render<ChartWithTable>(p => p.Add(c => c.Title, "Bånd").Add(c => c.Labels, new[] { "0–10" })
            .Add(c => c.Series, new[] { new ChartSeriesData("Medarbejdere", [3]) }).Add(c => c.Suppress, false).Add(c => c.TestId, "s"));
        Assert.Equal("3", staff.Find("[data-testid=s-cell]").TextContent);
    }
}
