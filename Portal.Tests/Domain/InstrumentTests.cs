using Portal.Domain.Risk;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

public class InstrumentTests
{
    internal static Instrument Screening() =>
        Instrument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "assets", "instruments", "stalking-screening.v1.json")));

    /// <summary>Answers with "ja" for the given plain (weight 1, no minimum level) items and "nej" elsewhere.</summary>
    private static Dictionary<string, string> WithPlainYes(Instrument instrument, int yesCount)
    {
        var plain = instrument.Items.Where(i => i.Weight == 1 && i.MinimumLevel is null).Select(i => i.Id).ToList();
        Assert.True(plain.Count >= yesCount, "not enough plain items for this test");
        return instrument.Items.ToDictionary(i => i.Id, i => plain.IndexOf(i.Id) is var n && n >= 0 && n < yesCount ? "ja" : "nej");
    }

    [Fact]
    public void The_shipped_screening_loads_with_its_version()
    {
        var s = Screening();
        Assert.Equal("stalking-screening", s.Id);
        Assert.Equal(1, s.Version);
        Assert.Equal(14, s.Items.Count);
        Assert.Equal([RiskLevel.Lav, RiskLevel.Middel, RiskLevel.Hoej], s.Thresholds.Select(t => t.Level));
    }

    [Theory]
    [InlineData(0, RiskLevel.Lav)]
    [InlineData(3, RiskLevel.Lav)]    // just below Middel (4)
    [InlineData(4, RiskLevel.Middel)] // at Middel
    [InlineData(5, RiskLevel.Middel)] // just above
    [InlineData(7, RiskLevel.Middel)] // just below Høj (8)
    [InlineData(8, RiskLevel.Hoej)]   // at Høj
    [InlineData(9, RiskLevel.Hoej)]   // just above
    public void The_level_follows_the_thresholds_at_and_around_each(int yes, RiskLevel expected)
    {
        var s = Screening();
        var result = s.Score(WithPlainYes(s, yes));
        Assert.Equal(yes, result.Score);
        Assert.Equal(expected, result.Level);
        Assert.Empty(result.HighRiskSigns);
    }

    [Theory]
    [InlineData("trusler", RiskLevel.Hoej)]
    [InlineData("vaaben", RiskLevel.Hoej)]
    [InlineData("tidligere-vold", RiskLevel.Middel)]
    [InlineData("eskalering", RiskLevel.Middel)]
    public void A_high_risk_sign_sets_a_minimum_level_whatever_the_score(string item, RiskLevel minimum)
    {
        var s = Screening();
        var answers = WithPlainYes(s, 0);
        answers[item] = "ja";

        var result = s.Score(answers);

        Assert.Equal(2, result.Score);
        Assert.Equal(RiskLevel.Lav, result.LevelByScore);
        Assert.Equal(minimum, result.Level);
        Assert.Single(result.HighRiskSigns);
    }

    [Fact]
    public void Unknown_counts_as_no_score_but_is_an_answer()
    {
        var s = Screening();
        var answers = s.Items.ToDictionary(i => i.Id, _ => "ved-ikke");
        Assert.Equal(0, s.Score(answers).Score);
    }

    [Fact]
    public void A_partial_screening_is_refused_rather_than_understated()
    {
        var s = Screening();
        var answers = WithPlainYes(s, 2);
        answers.Remove("frygt");
        Assert.Equal("Vælg et svar.", s.Validate(answers)["frygt"]);
        Assert.Throws<DomainValidationException>(() => s.Score(answers));
    }

    [Fact]
    public void A_malformed_instrument_is_rejected()
    {
        const string json = """
            { "id": "x", "version": 1, "title": "X", "options": [{ "value": "ja", "label": "Ja", "score": 1 }],
              "items": [{ "id": "a", "text": "A" }],
              "thresholds": [{ "level": "Middel", "minScore": 3 }, { "level": "Lav", "minScore": 5 }] }
            """;
        Assert.Throws<InvalidDataException>(() => Instrument.Parse(json));
    }

    [Theory]
    [InlineData(RiskLevel.Middel, null, null, true)]
    [InlineData(RiskLevel.Middel, RiskLevel.Middel, null, true)]
    [InlineData(RiskLevel.Middel, RiskLevel.Hoej, "Hun har set ham med en kniv.", true)]
    [InlineData(RiskLevel.Middel, RiskLevel.Hoej, " ", false)]
    [InlineData(RiskLevel.Middel, RiskLevel.Lav, "Jeg vurderer det lavere.", false)]
    public void Judgement_may_raise_with_a_reason_and_never_lower(RiskLevel computed, RiskLevel? chosen, string? reason, bool valid) =>
        Assert.Equal(valid, RiskJudgement.Validate(computed, chosen, reason).IsValid);

    [Fact]
    public void Lowering_is_explained_in_danish()
    {
        Assert.Equal("Niveauet kan ikke sættes lavere end det beregnede (Høj).",
            RiskJudgement.Validate(RiskLevel.Hoej, RiskLevel.Middel, "x")["Level"]);
        Assert.Equal(RiskLevel.Hoej, RiskJudgement.Final(RiskLevel.Middel, RiskLevel.Hoej, "Trusler med kniv i går."));
    }

    [Fact]
    public void An_assessment_stores_the_instrument_version_and_the_raise()
    {
        var s = Screening();
        var assessor = TestData.Staff(1, Portal.Domain.Staff.Role.Visitator);
        var a = RiskAssessment.Create(7, s, WithPlainYes(s, 4), RiskLevel.Hoej, "Truede i går med kniv.", assessor, TestData.Now);
        Assert.Equal((RiskLevel.Middel, RiskLevel.Hoej, 1, "Truede i går med kniv."), (a.ComputedLevel, a.FinalLevel, a.InstrumentVersion, a.RaiseReason));
        Assert.Equal("ja", a.Answers[s.Items.First(i => i.Weight == 1 && i.MinimumLevel is null).Id]);
    }
}
