namespace Portal.Domain.Cases;

public enum CaseEventKind
{
    Opened,
    StatusChanged,
    VisitatorAssigned,
    ContactPersonAssigned,
    SharedWith,
    CitizenUpdated,
    MarkedAcute,
    KindChanged,
    RiskAssessed,
    Visitation,
    ChildrenDecision,
    Meeting,
    ConflictDeclared,
    ContactPersonWishesChanged,
    EmergencyAccess,
    ProtectionChanged,
    ShareEnded,
    IntakeCheck,
    ConflictWithdrawn,
}

/// <summary>Something that happened on a case, shown on its timeline.</summary>
public sealed class CaseEvent
{
    public const int TextMax = 1000;

    private CaseEvent() { }

    internal CaseEvent(CaseEventKind kind, string text, int? actorId, string actorName, DateTimeOffset at, CaseStatus? toStatus = null)
    {
        Kind = kind;
        ToStatus = toStatus;
        Text = text;
        ActorId = actorId;
        ActorName = actorName;
        At = at;
    }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public CaseEventKind Kind { get; private set; }
    /// <summary>For <see cref="CaseEventKind.StatusChanged"/>: the status the case moved to.</summary>
    public CaseStatus? ToStatus { get; private set; }
    /// <summary>Danish description. Never holds an address.</summary>
    public string Text { get; private set; } = "";
    public int? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
