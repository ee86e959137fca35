using Bunit;
using Portal.Components.Dashboards;

namespace Portal.Tests.Components;

public class FigureTableTests : ComponentTestBase
{
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
