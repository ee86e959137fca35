using Bunit;
using Portal.Components.Visitation;
using Portal.Domain.Risk;
using Portal.Domain.Validation;
using Portal.Domain.Visitation;
using Portal.Tests.Domain;

namespace Portal.Tests.Components;

public class VisitationStepTests : ComponentTestBase
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

    [Fact]
    public void The_assessment_step_shows_the_portals_suggestion_and_why()
    {
        var answers = new VisitationAnswers { Behaviours = ["opkald"], Frequency = "dagligt", Since = new DateOnly(2026, 9, 1), Consequences = ["frygt"] };
        var step = Render<AssessmentStep>(p => p.Add(s => s.Answers, answers).Add(s => s.Today, new DateOnly(2026, 11, 24)));
        var suggestion = step.Find("[data-testid=suggestion]").TextContent;
        Assert.Contains("Ja, det er stalking", suggestion);
        Assert.Contains("Det har stået på i mindst to uger (84 dage).", suggestion);
    }

    [Fact]
    public void Consent_appears_only_when_dansk_stalking_center_is_chosen()
    {
        var answers = new VisitationAnswers();
        var step = Render<NextStepsStep>(p => p.Add(s => s.Answers, answers));
        Assert.Empty(step.FindAll("[data-testid=consent-dsc]"));

        step.Find("[data-testid=next-steps] input[data-value=dsc]").Change(true);

        Assert.Single(step.FindAll("[data-testid=consent-dsc]"));
    }

    [Fact]
    public void The_guided_flow_locks_steps_beyond_the_reachable_one()
    {
        var selected = 0;
        var flow = Render<GuidedFlow>(p => p
            .Add(f => f.Titles, VisitationSteps.Titles)
            .Add(f => f.Current, 3)
            .Add(f => f.Reachable, 4)
            .Add(f => f.StepSelected, step => selected = step));

        Assert.Equal("Hvor længe og hvor tit", flow.Find("[data-testid=step-title]").TextContent);
        Assert.Equal(["1. Sikkerhed nu", "2. Det der sker", "4. Relationen"], flow.FindAll("button.portal-flow-step").Select(b => b.TextContent.Trim()));
        flow.FindAll("button.portal-flow-step")[2].Click();
        Assert.Equal(4, selected);
        Assert.Contains("Trin 3 af 10", flow.Markup);
    }
}
