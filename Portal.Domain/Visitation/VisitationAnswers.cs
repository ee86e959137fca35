namespace Portal.Domain.Visitation;

/// <summary>Everything typed in the visitation conversation; saved as a draft after every change.</summary>
public sealed class VisitationAnswers
{
    // 1. Sikkerhed nu
    public bool? InDangerNow { get; set; }
    public string? CitizenWhereabouts { get; set; }
    public bool? SafeToTalk { get; set; }

    // 2. Det der sker
    public List<string> Behaviours { get; set; } = [];
    public string? BehaviourNotes { get; set; }

    // 3. Hvor længe og hvor tit
    public DateOnly? Since { get; set; }
    public string? Frequency { get; set; }
    public DateOnly? MostRecent { get; set; }

    // 4. Relationen
    public string? Relation { get; set; }
    public string? RelationNotes { get; set; }

    // 5. Konsekvenser
    public List<string> Consequences { get; set; } = [];
    public string? ConsequenceNotes { get; set; }

    // 6. Risikoscreening: item id → option value
    public Dictionary<string, string> Screening { get; set; } = [];
    public Risk.RiskLevel? RaisedLevel { get; set; }
    public string? RaiseReason { get; set; }

    // 7. Vurdering
    public string? IsStalking { get; set; }
    public string? AssessmentReason { get; set; }

    // 8. Råd og vejledning
    public List<string> Advice { get; set; } = [];
    public string? AdviceNotes { get; set; }

    // 9. Videre forløb
    public List<string> NextSteps { get; set; } = [];
    public bool ConsentToDsc { get; set; }
    public string? NextStepNotes { get; set; }
}
