using Bunit;
using Portal.Components.Visitation;
using Portal.Domain.Validation;
using Portal.Domain.Visitation;

namespace Portal.Tests.Components;

public class AdviceStepTests : ComponentTestBase
{
    [Fact]
    public void Ticked_advice_and_typed_notes_change_the_answers_and_report_it()
    {
        var answers = new VisitationAnswers();
        var changes = 0;
        var step = Render<AdviceStep>(p => p.Add(s => s.Answers, answers).Add(s => s.Changed, () => changes++));
        Assert.Contains("Hvilke råd har borgeren fået?", step.Find("[data-testid=advice] legend").TextContent);

        step.Find("[data-testid=advice] input[data-value=haendelseslog]").Change(true);
        step.Find("textarea").Input("Skift adgangskode på Facebook.");

        Assert.Equal(["haendelseslog"], answers.Advice);
        Assert.Equal("Skift adgangskode på Facebook.", answers.AdviceNotes);
        Assert.Equal(2, changes);
    }

    [Fact]
    public void The_notes_error_is_shown_beside_the_field()
    {
        var errors = new FieldErrors();
        errors.Add("AdviceNotes", "Teksten må højst være 4000 tegn.");
        var step = Render<AdviceStep>(p => p.Add(s => s.Answers, new VisitationAnswers()).Add(s => s.Errors, errors));
        Assert.Contains("Teksten må højst være 4000 tegn.", step.Find(".mud-input-helper-text").TextContent);
    }
}
