using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Domain.Tasks;

public enum TaskSource
{
    Risikovurdering,
    Underretning,
    Kriseplan,
    Opfoelgning,
    Samarbejdsmoede,
    Noedadgang,
    /// <summary>A case was shared with the owner; closes itself when the share ends.</summary>
    Deling,
    /// <summary>A high risk asks for a cooperation meeting; closes itself when the meeting is recorded.</summary>
    Moedeindkaldelse,
}

/// <summary>Something a named staff member must do on a case; shown on their "Mit overblik" until closed.</summary>
public sealed class CaseTask
{
    private CaseTask() { }

    public CaseTask(int caseId, int ownerId, string title, TaskSource source, DateTimeOffset createdAt, DateTimeOffset? dueAt, Guid? sourceId = null)
    {
        SourceId = sourceId;
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("Title required", nameof(title));
        CaseId = caseId;
        OwnerId = ownerId;
        Title = title.Trim();
        Source = source;
        CreatedAt = createdAt;
        DueAt = dueAt;
    }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public int OwnerId { get; private set; }
    public string Title { get; private set; } = "";
    public TaskSource Source { get; private set; }
    /// <summary>What made the task, e.g. the meeting whose action it is.</summary>
    public Guid? SourceId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public int? ClosedById { get; private set; }
    public string? ClosedByName { get; private set; }
    public Guid Version { get; set; }

    public bool IsOpen => ClosedAt is null;

    public bool IsOverdue(DateTimeOffset now) => IsOpen && DueAt is { } due && now > due;

    /// <summary>Moves the deadline, e.g. when a crisis plan gets a new review date.</summary>
    public void Reschedule(DateTimeOffset? dueAt)
    {
        if (IsOpen) DueAt = dueAt;
    }

    /// <summary>Closed by the portal because what it was about is over (e.g. the share it announced has ended).</summary>
    public void CloseAutomatically(DateTimeOffset now)
    {
        if (!IsOpen) return;
        ClosedAt = now;
        ClosedByName = Cases.Case.PortalActor;
    }

    public void Close(StaffMember by, DateTimeOffset now)
    {
        if (!IsOpen) return;
        if (by.Id != OwnerId && by.Role != Role.Visitator)
            throw new DomainRuleException("Kun opgavens ejer eller en visitator kan lukke opgaven.");
        ClosedAt = now;
        ClosedById = by.Id;
        ClosedByName = by.Name;
    }
}
