using Bunit;
using Portal.Components.Visitation;

namespace Portal.Tests.Components;

public class SummaryStepTests : ComponentTestBase
{
    [Fact]
    public void Shows_the_summary_and_what_finishing_does()
    {
        var step = Render<SummaryStep>(p => p.Add(s => s.Text, "Borgeren er i sikkerhed.\nStalking: ja."));
        Assert.Equal("Borgeren er i sikkerhed.\nStalking: ja.", step.Find("[data-testid=visitation-summary]").TextContent);
        Assert.Contains("Når du afslutter, gemmes den som journalnotat, og sagen bliver visiteret.", step.Markup);
    }
}
