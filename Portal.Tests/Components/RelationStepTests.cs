using Bunit;
using Portal.Components.Visitation;
using Portal.Domain.Validation;
using Portal.Domain.Visitation;

namespace Portal.Tests.Components;

public class RelationStepTests : ComponentTestBase
{
    [Fact]
    public void Choosing_the_relation_and_typing_notes_change_the_answers()
    {
        var answers = new VisitationAnswers();
        var changes = 0;
        var step = Render<RelationStep>(p => p.Add(s => s.Answers, answers).Add(s => s.Changed, () => changes++));
        Assert.Equal("Hvem er den, der stalker, for borgeren?", step.Find("[data-testid=relation] legend").TextContent);

        step.Find("[data-testid=relation] input[data-value=ekspartner]").Click();
        step.Find("textarea").Input("Forholdet sluttede i maj.");

        Assert.Equal("ekspartner", answers.Relation);
        Assert.Equal("Forholdet sluttede i maj.", answers.RelationNotes);
        Assert.Equal(2, changes);
    }

    [Fact]
    public void A_missing_relation_is_explained_beside_the_question()
    {
        var errors = new FieldErrors();
        errors.Add("Relation", "Vælg, hvem den, der stalker, er for borgeren.");
        var step = Render<RelationStep>(p => p.Add(s => s.Answers, new VisitationAnswers()).Add(s => s.Errors, errors));
        Assert.Equal("Vælg, hvem den, der stalker, er for borgeren.", step.Find("[data-testid=relation] [role=alert]").TextContent);
    }
}
