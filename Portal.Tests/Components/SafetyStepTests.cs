using Bunit;
using Portal.Components.Visitation;
using Portal.Domain.Visitation;

namespace Portal.Tests.Components;

public class SafetyStepTests : ComponentTestBase
{
    [Fact]
    public void Saying_yes_to_danger_shows_the_112_guidance_and_reports_the_change()
    {
        var answers = new VisitationAnswers();
        var changes = 0;
        var step = Render<SafetyStep>(p => p.Add(s => s.Answers, answers).Add(s => s.Changed, () => changes++));
        Assert.Empty(step.FindAll("[data-testid=danger-guidance]"));

        step.FindAll("[data-testid=in-danger] input[type=radio]")[0].Click(); // Ja

        Assert.True(answers.InDangerNow);
        Assert.Equal(1, changes);
        Assert.Contains("Ring 112 nu", step.Find("[data-testid=danger-guidance]").TextContent);
    }

    [Fact]
    public void Not_safe_to_talk_advises_a_safe_time_to_call_back()
    {
        var answers = new VisitationAnswers();
        var step = Render<SafetyStep>(p => p.Add(s => s.Answers, answers));
        Assert.DoesNotContain("Aftal et sikkert tidspunkt", step.Markup);

        step.Find("[data-testid=safe-to-talk] input[data-value=nej]").Click();

        Assert.False(answers.SafeToTalk);
        Assert.Contains("Aftal et sikkert tidspunkt og en sikker måde at ringe tilbage på, og afslut samtalen roligt.", step.Markup);
    }
}
