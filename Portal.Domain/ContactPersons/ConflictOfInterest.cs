using Portal.Domain.Validation;

namespace Portal.Domain.ContactPersons;

public enum ConflictReason
{
    KenderBorgeren,
    KenderModparten,
    Andet,
}

public static class ConflictReasonNames
{
    public static string Danish(this ConflictReason reason) => reason switch
    {
        ConflictReason.KenderBorgeren => "Kender borgeren",
        ConflictReason.KenderModparten => "Kender den anden part",
        ConflictReason.Andet => "Andet",
        _ => reason.ToString(),
    };
}

/// <summary>
/// A staff member is inhabil on a case (they know the citizen or the other party). From then on they
/// are never a candidate for contact person and cannot see the case (<see cref="Cases.CaseAccess"/>).
/// </summary>
public sealed class ConflictOfInterest
{
    public const int NoteMax = 500;

    private ConflictOfInterest() { }

    internal ConflictOfInterest(int staffMemberId, string staffName, ConflictReason reason, string? note, int? declaredById, string declaredByName, DateTimeOffset at)
    {
        StaffMemberId = staffMemberId;
        StaffName = staffName;
        Reason = reason;
        Note = note;
        DeclaredById = declaredById;
        DeclaredByName = declaredByName;
        DeclaredAt = at;
    }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public int StaffMemberId { get; private set; }
    public string StaffName { get; private set; } = "";
    public ConflictReason Reason { get; private set; }
    public string? Note { get; private set; }
    public int? DeclaredById { get; private set; }
    public string DeclaredByName { get; private set; } = "";
    public DateTimeOffset DeclaredAt { get; private set; }

    public static FieldErrors Validate(ConflictReason? reason, string? note)
    {
        var errors = new FieldErrors();
        if (reason is null) errors.Add(nameof(Reason), "Vælg, hvorfor der er inhabilitet.");
        TextRules.MaxLength(errors, nameof(Note), note, "Uddybningen", NoteMax);
        errors.AddIf(reason == ConflictReason.Andet && string.IsNullOrWhiteSpace(note), nameof(Note),
            "Beskriv kort, hvorfor der er inhabilitet.");
        return errors;
    }
}
