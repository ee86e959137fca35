using Bunit;
using Portal.Components.Visitation;
using Portal.Domain.Validation;
using Portal.Domain.Visitation;

namespace Portal.Tests.Components;

public class ConsequencesStepTests : ComponentTestBase
{
    [Fact]
    public void Ticked_consequences_and_typed_notes_change_the_answers_and_report_it()
    {
        var answers = new VisitationAnswers();
        var changes = 0;
        var step = Render<ConsequencesStep>(p => p.Add(s => s.Answers, answers).Add(s => s.Changed, () => changes++));
        Assert.Equal("Hvad gør det ved borgeren og familien?", step.Find("[data-testid=consequences] legend").TextContent);
        Assert.Contains("Sover dårligt", step.Markup);

        step.Find("[data-testid=consequences] input[data-value=soevn]").Change(true);
        step.Find("textarea").Input("Tør ikke gå alene hjem.");

        Assert.Equal(["soevn"], answers.Consequences);
        Assert.Equal("Tør ikke gå alene hjem.", answers.ConsequenceNotes);
        Assert.Equal(2, changes);
    }

    [Fact]
    public void The_notes_error_is_shown_beside_the_field()
    {
        var errors = new FieldErrors();
        errors.Add("ConsequenceNotes", "Teksten må højst være 4000 tegn.");
        var step = Render<ConsequencesStep>(p => p.Add(s => s.Answers, new VisitationAnswers()).Add(s => s.Errors, errors));
        Assert.Contains("Teksten må højst være 4000 tegn.", step.Find(".mud-input-helper-text").TextContent);
    }
}
