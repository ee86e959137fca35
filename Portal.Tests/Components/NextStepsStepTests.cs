using Bunit;
using Portal.Components.Visitation;
using Portal.Domain.Visitation;

namespace Portal.Tests.Components;

public class NextStepsStepTests : ComponentTestBase
{
    [Fact]
    public void Consent_appears_only_when_dansk_stalking_center_is_chosen()
    {
        var answers = new VisitationAnswers();
        var step = Render<NextStepsStep>(p => p.Add(s => s.Answers, answers));
        Assert.Empty(step.FindAll("[data-testid=consent-dsc]"));

        step.Find("[data-testid=next-steps] input[data-value=dsc]").Change(true);

        Assert.Single(step.FindAll("[data-testid=consent-dsc]"));
    }
}
