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
/// A withdrawn declaration is kept with who withdrew it, when and why; it no longer counts.
/// </summary>
public sealed class ConflictOfInterest
{
    public const int NoteMax = 500;
    public const int WithdrawReasonMax = 500;

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
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public int? WithdrawnById { get; private set; }
    public string? WithdrawnByName { get; private set; }
    public string? WithdrawnReason { get; private set; }

    /// <summary>Still in force: not withdrawn.</summary>
    public bool IsActive => WithdrawnAt is null;

    internal void Withdraw(string reason, int withdrawnById, string withdrawnByName, DateTimeOffset at)
    {
        WithdrawnAt = at;
        WithdrawnById = withdrawnById;
        WithdrawnByName = withdrawnByName;
        WithdrawnReason = reason;
    }

    public static FieldErrors ValidateWithdrawal(string? reason)
    {
        var errors = new FieldErrors();
        TextRules.Required(errors, "WithdrawReason", reason, "Begrundelsen", WithdrawReasonMax);
        return errors;
    }
}
