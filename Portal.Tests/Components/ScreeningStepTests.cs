using Bunit;
using Portal.Components.Visitation;
using Portal.Domain.Risk;
using Portal.Domain.Visitation;
using Portal.Tests.Domain;

namespace Portal.Tests.Components;

public class ScreeningStepTests : ComponentTestBase
{
    [Fact]
    public void The_screening_shows_the_computed_level_once_every_item_is_answered()
    {
        var instrument = InstrumentTests.Screening();
        var answers = new VisitationAnswers();
        var step = Render<ScreeningStep>(p => p.Add(s => s.Answers, answers).Add(s => s.Instrument, instrument));
        Assert.Equal(instrument.Items.Count, step.FindAll("[data-testid=screening] > li").Count);
        Assert.Empty(step.FindAll("[data-testid=screening-result]"));

        foreach (var item in instrument.Items)
            step.FindAll($"li[data-item={item.Id}] input[type=radio]")[item.Id == "trusler" ? 0 : 1].Click(); // Ja, Nej

        Assert.Contains("Risiko: Høj", step.Find("[data-testid=screening-result]").TextContent);
    }
}
