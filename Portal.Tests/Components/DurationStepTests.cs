using Bunit;
using Portal.Components.Visitation;
using Portal.Domain.Visitation;

namespace Portal.Tests.Components;

public class DurationStepTests : ComponentTestBase
{
    [Fact]
    public void A_typed_date_that_is_not_a_date_is_explained_and_not_stored()
    {
        var answers = new VisitationAnswers { Since = new DateOnly(2026, 9, 1) };
        var step = Render<DurationStep>(p => p.Add(s => s.Answers, answers));
        Assert.Equal("01-09-2026", step.Find("[data-testid=since]").GetAttribute("value"));

        step.Find("[data-testid=since]").Input("31-02-2026");

        Assert.Contains("Skriv datoen som dd-mm-åååå", step.Markup);
        Assert.Equal(new DateOnly(2026, 9, 1), answers.Since);

        step.Find("[data-testid=since]").Input("15-08-2026");
        Assert.Equal(new DateOnly(2026, 8, 15), answers.Since);
    }
}
