using Bunit;
using Portal.Components.Visitation;
using Portal.Domain.Visitation;

namespace Portal.Tests.Components;

public class AssessmentStepTests : ComponentTestBase
{
    [Fact]
    public void The_assessment_step_shows_the_portals_suggestion_and_why()
    {
        var answers = new VisitationAnswers { Behaviours = ["opkald"], Frequency = "dagligt", Since = new DateOnly(2026, 9, 1), Consequences = ["frygt"] };
        var step = Render<AssessmentStep>(p => p.Add(s => s.Answers, answers).Add(s => s.Today, new DateOnly(2026, 11, 24)));
        var suggestion = step.Find("[data-testid=suggestion]").TextContent;
        Assert.Contains("Ja, det er stalking", suggestion);
        Assert.Contains("Det har stået på i mindst to uger (84 dage).", suggestion);
    }
}
