using System.Text.Json;

namespace Portal.Domain.Risk;

/// <summary>One completed risk assessment on a case, with the instrument version it was made with.</summary>
public sealed class RiskAssessment
{
    private RiskAssessment() { }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public string InstrumentId { get; private set; } = "";
    public int InstrumentVersion { get; private set; }
    public string AnswersJson { get; private set; } = "{}";
    public int Score { get; private set; }
    public RiskLevel ComputedLevel { get; private set; }
    public RiskLevel FinalLevel { get; private set; }
    public string? RaiseReason { get; private set; }
    public int AssessedById { get; private set; }
    public string AssessedByName { get; private set; } = "";
    public DateTimeOffset AssessedAt { get; private set; }
    /// <summary>
    /// The underretning answer given on assessments made before the decision became the case's one record
    /// (<see cref="Cases.Case.ChildrenDecision"/>). Kept so old assessments read as they were; no longer written.
    /// </summary>
    public ChildWelfareDecision? ChildrenDecision { get; private set; }
    public string? ChildrenDecisionNote { get; private set; }

    public IReadOnlyDictionary<string, string> Answers =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(AnswersJson) ?? [];

    public static RiskAssessment Create(int caseId, Instrument instrument, IReadOnlyDictionary<string, string> answers,
        RiskLevel? chosenLevel, string? raiseReason, Staff.StaffMember assessor, DateTimeOffset now)
    {
        var score = instrument.Score(answers);
        var final = RiskJudgement.Final(score.Level, chosenLevel, raiseReason);
        return new RiskAssessment
        {
            CaseId = caseId,
            InstrumentId = instrument.Id,
            InstrumentVersion = instrument.Version,
            AnswersJson = JsonSerializer.Serialize(answers),
            Score = score.Score,
            ComputedLevel = score.Level,
            FinalLevel = final,
            RaiseReason = final > score.Level ? raiseReason!.Trim() : null,
            AssessedById = assessor.Id,
            AssessedByName = assessor.Name,
            AssessedAt = now,
        };
    }
}
