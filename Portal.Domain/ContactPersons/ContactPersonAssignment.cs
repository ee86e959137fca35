using Portal.Domain.Validation;

namespace Portal.Domain.ContactPersons;

/// <summary>One period with one fixed contact person on a case; the history lists every one with dates.</summary>
public sealed class ContactPersonAssignment
{
    public const int HandoverNoteMax = 500;
    public const string HandoverNoteRequired = "Skriv en overdragelsesnote til den nye kontaktperson: hvad er aftalt, og hvad skal følges op.";

    private ContactPersonAssignment() { }

    internal ContactPersonAssignment(int staffMemberId, string staffName, DateTimeOffset from, int? assignedById, string assignedByName, string? handoverNote)
    {
        StaffMemberId = staffMemberId;
        StaffName = staffName;
        From = from;
        AssignedById = assignedById;
        AssignedByName = assignedByName;
        HandoverNote = handoverNote;
    }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public int StaffMemberId { get; private set; }
    /// <summary>The name when assigned, so the history reads the same if the staff member later changes name.</summary>
    public string StaffName { get; private set; } = "";
    public DateTimeOffset From { get; private set; }
    /// <summary>Null while this is the current contact person.</summary>
    public DateTimeOffset? To { get; private set; }
    public int? AssignedById { get; private set; }
    public string AssignedByName { get; private set; } = "";
    /// <summary>The handover note written when the previous contact person was replaced by this one.</summary>
    public string? HandoverNote { get; private set; }

    internal void End(DateTimeOffset at) => To ??= at;

    /// <summary>A reassignment needs a handover note; a first assignment may have one.</summary>
    public static FieldErrors ValidateHandover(string? note, bool isReassignment)
    {
        var errors = new FieldErrors();
        if (isReassignment && string.IsNullOrWhiteSpace(note)) errors.Add(nameof(HandoverNote), HandoverNoteRequired);
        TextRules.MaxLength(errors, nameof(HandoverNote), note, "Overdragelsesnoten", HandoverNoteMax);
        return errors;
    }
}
