using Portal.Domain.Cases;
using Portal.Domain.Risk;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Domain.Visitation;

namespace Portal.Tests.Domain;

public class VisitationFlowTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly Instrument _screening = InstrumentTests.Screening();

    private VisitationAnswers Complete() => new()
    {
        InDangerNow = false,
        SafeToTalk = true,
        Behaviours = ["opkald", "venter-hjem"],
        Since = Today.AddDays(-40),
        Frequency = "dagligt",
        Relation = "ekspartner",
        Consequences = ["frygt"],
        Screening = _screening.Items.ToDictionary(i => i.Id, _ => "nej"),
        IsStalking = "ja",
        AssessmentReason = "Gentagen kontakt over flere uger.",
        NextSteps = ["kommunalt-forloeb"],
    };

    [Fact]
    public void The_ten_steps_have_danish_titles_in_order()
    {
        Assert.Equal(10, VisitationSteps.Titles.Count);
        Assert.Equal("Sikkerhed nu", VisitationSteps.Titles[0]);
        Assert.Equal("Risikoscreening", VisitationSteps.Titles[5]);
        Assert.Equal("Opsummering", VisitationSteps.Titles[9]);
    }

    [Fact]
    public void Complete_answers_pass_every_step() => Assert.Null(VisitationSteps.FirstIncomplete(Complete(), _screening, Today));

    [Theory]
    [InlineData(1, "InDangerNow")]
    [InlineData(2, "Behaviours")]
    [InlineData(3, "Since")]
    [InlineData(4, "Relation")]
    [InlineData(6, "Screening.frygt")]
    [InlineData(7, "AssessmentReason")]
    [InlineData(9, "NextSteps")]
    public void Each_step_names_its_missing_answer(int step, string field)
    {
        var a = Complete();
        switch (field)
        {
            case "InDangerNow": a.InDangerNow = null; break;
            case "Behaviours": a.Behaviours.Clear(); break;
            case "Since": a.Since = null; break;
            case "Relation": a.Relation = null; break;
            case "Screening.frygt": a.Screening.Remove("frygt"); break;
            case "AssessmentReason": a.AssessmentReason = ""; break;
            case "NextSteps": a.NextSteps.Clear(); break;
        }
        Assert.NotNull(VisitationSteps.Validate(step, a, _screening, Today)[field]);
        Assert.Equal(step, VisitationSteps.FirstIncomplete(a, _screening, Today));
    }

    [Fact]
    public void Dates_in_the_future_or_out_of_order_are_refused()
    {
        var a = Complete();
        a.Since = Today.AddDays(1);
        Assert.Equal("Datoen kan ikke ligge i fremtiden.", VisitationSteps.Validate(3, a, _screening, Today)["Since"]);
        a.Since = Today.AddDays(-10);
        a.MostRecent = Today.AddDays(-20);
        Assert.Equal("Den seneste hændelse kan ikke ligge før begyndelsen.", VisitationSteps.Validate(3, a, _screening, Today)["MostRecent"]);
    }

    [Fact]
    public void Passing_on_to_dansk_stalking_center_needs_consent()
    {
        var a = Complete();
        a.NextSteps.Add("dsc");
        Assert.NotNull(VisitationSteps.Validate(9, a, _screening, Today)["ConsentToDsc"]);
        a.ConsentToDsc = true;
        Assert.True(VisitationSteps.Validate(9, a, _screening, Today).IsValid);
    }

    [Fact]
    public void Raising_the_level_in_the_screening_needs_a_reason_and_lowering_is_refused()
    {
        var a = Complete();
        a.RaisedLevel = RiskLevel.Hoej;
        Assert.Equal("Skriv hvorfor du hæver risikoniveauet.", VisitationSteps.Validate(6, a, _screening, Today)["RaiseReason"]);
        a.RaiseReason = "Borgeren fortæller om en kniv i bilen.";
        Assert.True(VisitationSteps.Validate(6, a, _screening, Today).IsValid);

        a.Screening["trusler"] = "ja"; // computed Høj
        a.RaisedLevel = RiskLevel.Middel;
        Assert.NotNull(VisitationSteps.Validate(6, a, _screening, Today)["RaisedLevel"]);
    }

    [Fact]
    public void A_draft_cannot_skip_past_the_first_incomplete_step()
    {
        var visitator = TestData.Staff(1, Role.Visitator);
        var draft = new VisitationDraft(5, visitator, TestData.Now);
        var a = new VisitationAnswers { InDangerNow = false, SafeToTalk = true };

        draft.Save(a, 8, _screening, Today, TestData.Now);

        Assert.Equal(2, draft.CurrentStep);
        Assert.True(draft.ReadAnswers().SafeToTalk);
    }

    [Fact]
    public void Answers_survive_the_round_trip_through_the_stored_draft()
    {
        var draft = new VisitationDraft(5, TestData.Staff(1, Role.Visitator), TestData.Now);
        draft.Save(Complete(), 10, _screening, Today, TestData.Now);
        var back = draft.ReadAnswers();
        Assert.Equal(10, draft.CurrentStep);
        Assert.Equal(Today.AddDays(-40), back.Since);
        Assert.Equal(["opkald", "venter-hjem"], back.Behaviours);
        Assert.Equal("nej", back.Screening["frygt"]);
    }

    [Fact]
    public void Completing_records_risk_summary_and_moves_the_case_to_visiteret()
    {
        var visitator = TestData.Staff(1, Role.Visitator, "Mette");
        var c = TestData.NewCase();
        var draft = new VisitationDraft(c.Id, visitator, TestData.Now);
        draft.Save(Complete(), 10, _screening, Today, TestData.Now);

        var assessment = draft.Complete(c, _screening, visitator, Today, TestData.Now);

        Assert.Equal(CaseStatus.Visiteret, c.Status);
        Assert.Equal(RiskLevel.Lav, c.RiskLevel);
        Assert.Equal("stalking-screening v1", c.RiskInstrument);
        Assert.Equal(1, c.VisitatorId);
        Assert.Equal(assessment.FinalLevel, c.RiskLevel);
        Assert.StartsWith("Stalkingvisitation – opsummering", c.Notes.Single().Text);
        Assert.Equal(JournalNoteKind.VisitationSummary, c.Notes.Single().Kind);
        Assert.True(draft.IsCompleted);
        Assert.Throws<DomainRuleException>(() => draft.Save(Complete(), 3, _screening, Today, TestData.Now));
    }

    [Fact]
    public void Only_a_visitator_completes_and_only_with_every_step_answered()
    {
        var c = TestData.NewCase();
        var draft = new VisitationDraft(c.Id, TestData.Staff(1, Role.Visitator), TestData.Now);
        var partial = Complete();
        partial.Relation = null;
        draft.Save(partial, 10, _screening, Today, TestData.Now);

        var ex = Assert.Throws<DomainRuleException>(() => draft.Complete(c, _screening, TestData.Staff(1, Role.Visitator), Today, TestData.Now));
        Assert.Equal("Trin 4 (Relationen) mangler svar.", ex.Message);
        Assert.Throws<DomainRuleException>(() => draft.Complete(c, _screening, TestData.Staff(2, Role.Kontaktperson), Today, TestData.Now));
        Assert.Equal(CaseStatus.Modtaget, c.Status);
    }

    [Fact]
    public void The_summary_names_every_part_and_never_an_address()
    {
        var a = Complete();
        a.NextSteps.Add("dsc");
        a.ConsentToDsc = true;
        var text = VisitationSummary.Compose(a, _screening, Today);
        foreach (var part in new[] { "Sikkerhed nu:", "Det der sker:", "Varighed og hyppighed:", "Relationen:", "Konsekvenser:", "Risikoscreening", "Vurdering:", "Råd og vejledning:", "Videre forløb:" })
            Assert.Contains(part, text);
        Assert.Contains("samtykke", text);
        Assert.Contains($"Siden {Today.AddDays(-40):dd-MM-yyyy}", text);
    }
}
