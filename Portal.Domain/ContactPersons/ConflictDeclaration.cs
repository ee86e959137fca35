using Portal.Domain.Validation;

namespace Portal.Domain.ContactPersons;

/// <summary>
/// The form for declaring inhabilitet on a case: who (a visitator chooses a colleague; anyone else declares for
/// themselves), why, and a note that is required for <see cref="ConflictReason.Andet"/>.
/// </summary>
public sealed class ConflictDeclaration
{
    public const string StaffRequired = "Vælg medarbejderen, der er inhabil.";
    public const string ReasonRequired = "Vælg, hvorfor der er inhabilitet.";
    public const string NoteRequired = "Beskriv kort, hvorfor der er inhabilitet.";

    public int? StaffId { get; set; }
    public ConflictReason? Reason { get; set; }
    public string? Note { get; set; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        errors.AddIf(StaffId is null, nameof(StaffId), StaffRequired);
        errors.AddIf(Reason is null, nameof(Reason), ReasonRequired);
        TextRules.MaxLength(errors, nameof(Note), Note, "Uddybningen", ConflictOfInterest.NoteMax);
        errors.AddIf(Reason == ConflictReason.Andet && string.IsNullOrWhiteSpace(Note), nameof(Note), NoteRequired);
        return errors;
    }
}
