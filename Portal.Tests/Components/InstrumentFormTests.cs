using Bunit;
using Portal.Components.Risk;
using Portal.Domain.Risk;
using Portal.Domain.Validation;
using Portal.Tests.Domain;

namespace Portal.Tests.Components;

public class InstrumentFormTests : ComponentTestBase
{
    private static readonly Instrument Screening = InstrumentTests.Screening();

    private static Dictionary<string, string> AllNo() => Screening.Items.ToDictionary(i => i.Id, _ => "nej");

    [Fact]
    public void Lists_every_item_with_the_instruments_title_and_version_and_no_result_until_all_are_answered()
    {
        var answers = new Dictionary<string, string>();
        var changes = 0;
        var form = Render<InstrumentForm>(p => p.Add(f => f.Instrument, Screening).Add(f => f.Answers, answers).Add(f => f.Changed, () => changes++));

        Assert.Equal(Screening.Items.Count, form.FindAll("[data-testid=screening] > li").Count);
        Assert.Contains($"({Screening.Title}, version {Screening.Version}.)", form.Markup);
        Assert.Contains("Har vedkommende truet med vold, med at slå ihjel eller med selvmord?", form.Markup);
        Assert.Empty(form.FindAll("[data-testid=screening-result]"));

        form.Find("li[data-item=trusler] input[data-value=nej]").Click();

        Assert.Equal("nej", answers["trusler"]);
        Assert.Equal(1, changes);
        Assert.Empty(form.FindAll("[data-testid=screening-result]"));
    }

    [Fact]
    public void All_answered_shows_the_score_and_level_and_a_high_risk_sign_is_named()
    {
        var answers = AllNo();
        var form = Render<InstrumentForm>(p => p.Add(f => f.Instrument, Screening).Add(f => f.Answers, answers));
        Assert.Contains("Score 0. Beregnet risikoniveau: Risiko: Lav", form.Find("[data-testid=screening-result]").TextContent);

        form.Find("li[data-item=trusler] input[data-value=ja]").Click();

        var result = form.Find("[data-testid=screening-result]").TextContent;
        Assert.Contains("Risiko: Høj", result);
        Assert.Contains("Svar, der alene hæver niveauet:", result);
    }

    [Fact]
    public void A_raised_level_asks_why_and_shows_the_messages_from_validation()
    {
        var errors = new FieldErrors();
        errors.Add("RaiseReason", "Skriv, hvorfor du hæver niveauet.");
        errors.Add("Screening.trusler", "Besvar spørgsmålet.");
        var form = Render<InstrumentForm>(p => p.Add(f => f.Instrument, Screening).Add(f => f.Answers, AllNo())
            .Add(f => f.RaisedLevel, RiskLevel.Middel).Add(f => f.Errors, errors).Add(f => f.ErrorPrefix, "Screening."));

        Assert.Single(form.FindAll("[data-testid=raise-reason]"));
        Assert.Contains("Hvorfor hæver du niveauet?", form.Markup);
        Assert.Contains("Skriv, hvorfor du hæver niveauet.", form.Find("[data-testid=screening-result]").TextContent);
        Assert.Contains("Besvar spørgsmålet.", form.Find("li[data-item=trusler]").TextContent);
    }

    [Fact]
    public void The_reason_is_passed_on_as_typed()
    {
        var reasons = new List<string?>();
        var form = Render<InstrumentForm>(p => p.Add(f => f.Instrument, Screening).Add(f => f.Answers, AllNo())
            .Add(f => f.RaisedLevel, RiskLevel.Middel).Add(f => f.RaiseReasonChanged, r => reasons.Add(r)));

        form.Find("[data-testid=raise-reason]").Input("Han har købt et våben.");

        Assert.Equal(["Han har købt et våben."], reasons);
    }

    [Fact]
    public void An_answer_that_lifts_the_computed_level_to_the_raised_one_clears_the_raise()
    {
        var raised = new List<RiskLevel?>();
        var form = Render<InstrumentForm>(p => p.Add(f => f.Instrument, Screening).Add(f => f.Answers, AllNo())
            .Add(f => f.RaisedLevel, RiskLevel.Middel).Add(f => f.RaisedLevelChanged, l => raised.Add(l)));

        form.Find("li[data-item=trusler] input[data-value=ja]").Click();

        Assert.Equal([null], raised);
    }
}
