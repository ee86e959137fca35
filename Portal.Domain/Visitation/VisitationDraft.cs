using System.Text.Json;
using Portal.Domain.Cases;
using Portal.Domain.Risk;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Domain.Visitation;

/// <summary>
/// One case's visitation conversation. Saved as a draft on every step and while typing, so a closed
/// browser, a dropped connection or a restart resumes at the same step with every answer.
/// </summary>
public sealed class VisitationDraft
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private VisitationDraft() { }

    public VisitationDraft(int caseId, StaffMember visitator, DateTimeOffset now)
    {
        CaseId = caseId;
        StartedById = visitator.Id;
        StartedAt = now;
        UpdatedAt = now;
        CurrentStep = 1;
    }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public int StartedById { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int CurrentStep { get; private set; }
    public string AnswersJson { get; private set; } = "{}";
    public DateTimeOffset? CompletedAt { get; private set; }
    public string? Summary { get; private set; }
    public Guid Version { get; set; }

    public bool IsCompleted => CompletedAt is not null;

    public VisitationAnswers ReadAnswers() => JsonSerializer.Deserialize<VisitationAnswers>(AnswersJson, Json) ?? new();

    /// <summary>Stores the answers and the step the visitator is on. A step beyond the first incomplete one is refused.</summary>
    public void Save(VisitationAnswers answers, int step, Instrument screening, DateOnly today, DateTimeOffset now)
    {
        if (IsCompleted) throw new DomainRuleException("Visitationen er afsluttet og kan ikke ændres.");
        if (step is < 1 or > VisitationSteps.Count) throw new DomainRuleException("Trinnet findes ikke.");
        var reachable = VisitationSteps.FirstIncomplete(answers, screening, today) ?? VisitationSteps.Count;
        AnswersJson = JsonSerializer.Serialize(answers, Json);
        CurrentStep = Math.Min(step, reachable);
        UpdatedAt = now;
    }

    /// <summary>Finishes the conversation: every step must be complete. Returns the summary to put in the journal.</summary>
    public RiskAssessment Complete(Case @case, Instrument screening, StaffMember visitator, DateOnly today, DateTimeOffset now)
    {
        if (IsCompleted) throw new DomainRuleException("Visitationen er allerede afsluttet.");
        if (visitator.Role != Role.Visitator) throw new DomainRuleException("Kun en stalkingvisitator kan afslutte visitationen.");
        var answers = ReadAnswers();
        if (VisitationSteps.FirstIncomplete(answers, screening, today) is { } missing)
            throw new DomainRuleException($"Trin {missing} ({VisitationSteps.Titles[missing - 1]}) mangler svar.");

        var assessment = RiskAssessment.Create(@case.Id, screening, answers.Screening, answers.RaisedLevel, answers.RaiseReason, visitator, now);
        Summary = VisitationSummary.Compose(answers, screening, today);
        CompletedAt = now;
        CurrentStep = VisitationSteps.Count;
        UpdatedAt = now;

        @case.CompleteVisitation(visitator, now);
        @case.RecordRiskAssessment(assessment, screening, visitator, now);
        if (@case.Kind == CaseKind.Uafklaret && answers.IsStalking == "ja") @case.ChangeKind(CaseKind.Stalking, visitator, now);
        @case.AddJournalNote(Summary, visitator, now, RequestIdFor(Id, CaseId), JournalNoteKind.VisitationSummary);
        return assessment;
    }

    // The summary note's request id derives from the draft, so finishing twice cannot add two notes.
    private static Guid RequestIdFor(int draftId, int caseId) => new(draftId, (short)0, (short)0, BitConverter.GetBytes((long)caseId));
}
