using Bunit;
using Portal.Components.Visitation;
using Portal.Domain.Validation;
using Portal.Domain.Visitation;

namespace Portal.Tests.Components;

public class BehaviourStepTests : ComponentTestBase
{
    [Fact]
    public void Ticking_behaviours_changes_the_answers_in_place()
    {
        var answers = new VisitationAnswers();
        var step = Render<BehaviourStep>(p => p.Add(s => s.Answers, answers));

        step.Find("[data-testid=behaviours] input[data-value=sporing]").Change(true);
        step.Find("[data-testid=behaviours] input[data-value=trusler]").Change(true);
        step.Find("[data-testid=behaviours] input[data-value=sporing]").Change(false);

        Assert.Equal(["trusler"], answers.Behaviours);
    }

    [Fact]
    public void Errors_are_shown_beside_their_group()
    {
        var errors = new FieldErrors();
        errors.Add("Behaviours", "Vælg mindst én adfærd, eller beskriv hvad der sker.");
        var step = Render<BehaviourStep>(p => p.Add(s => s.Answers, new VisitationAnswers()).Add(s => s.Errors, errors));
        Assert.Contains("Vælg mindst én adfærd", step.Find("[data-testid=behaviours] [role=alert]").TextContent);
    }
}
