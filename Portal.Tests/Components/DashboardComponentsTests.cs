using Bunit;
using Portal.Components.Dashboards;

namespace Portal.Tests.Components;

public class DashboardComponentsTests : ComponentTestBase
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

    [Fact]
    public void A_figure_table_shows_rows_a_CSV_link_or_that_it_is_empty()
    {
        var table = Render<FigureTable>(p => p.Add(t => t.Title, "Risiko").Add(t => t.Header, new[] { "Mål", "Antal" })
            .Add(t => t.Rows, new IReadOnlyList<string>[] { ["Høj", "<5"], ["Middel", "12"] }).Add(t => t.CsvHref, "/ledelse/tabel/risiko.csv?x=1")
            .Add(t => t.TestId, "t"));
        Assert.Equal(2, table.FindAll("[data-testid=t-row]").Count);
        Assert.Equal("Høj", table.Find("tbody th").TextContent);
        Assert.Equal("/ledelse/tabel/risiko.csv?x=1", table.Find("[data-testid=t-csv]").GetAttribute("href"));

        var empty = Render<FigureTable>(p => p.Add(t => t.Title, "Tom").Add(t => t.Header, new[] { "A" }).Add(t => t.Rows, Array.Empty<IReadOnlyList<string>>())
            .Add(t => t.TestId, "e"));
        Assert.Equal("Ingen tal i perioden.", empty.Find("[data-testid=e-empty]").TextContent);
        Assert.Empty(empty.FindAll("[data-testid=e-csv]"));
    }
}
