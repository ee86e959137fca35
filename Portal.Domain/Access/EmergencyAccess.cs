using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Domain.Access;

/// <summary>
/// Nødadgang ("break the glass"): a staff member who may not see a case opens it for reading, for a limited time,
/// after writing why. The case's visitator and the manager are told, and a manager reviews it afterwards.
/// </summary>
public sealed class EmergencyAccess
{
    public const int MinReasonLength = 20;
    public const int MaxReasonLength = 1000;

    private EmergencyAccess() { }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public int StaffMemberId { get; private set; }
    public string StaffName { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public DateTimeOffset GrantedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public bool? Justified { get; private set; }
    public string? ReviewNote { get; private set; }
    public string? ReviewedByName { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public Guid Version { get; set; }

    public bool IsActive(DateTimeOffset now) => now >= GrantedAt && now < ExpiresAt;
    public bool IsReviewed => Justified is not null;

    public static FieldErrors ValidateReason(string? reason)
    {
        var errors = new FieldErrors();
        TextRules.Required(errors, nameof(Reason), reason, "Begrundelsen", MaxReasonLength);
        var text = reason?.Trim() ?? "";
        if (errors.IsValid && (text.Length < MinReasonLength || !text.Contains(' ')))
            errors.Add(nameof(Reason), $"Skriv mindst en hel sætning ({MinReasonLength} tegn) om, hvorfor du skal se sagen nu.");
        return errors;
    }

    /// <summary>Opens <paramref name="c"/> for <paramref name="staff"/> to read until now + <paramref name="duration"/>.</summary>
    public static EmergencyAccess Grant(Case c, StaffMember staff, string? reason, DateTimeOffset now, TimeSpan duration)
    {
        if (!staff.May(Capability.UseEmergencyAccess))
            throw new DomainRuleException("Din rolle kan ikke bruge nødadgang.");
        if (c.HasConflict(staff))
            throw new DomainRuleException("Du har erklæret inhabilitet i sagen og kan ikke få adgang til den, heller ikke ved nødadgang.");
        if (CaseAccess.CanSee(c, staff, now))
            throw new DomainRuleException("Du har allerede adgang til sagen.");
        ValidateReason(reason).ThrowIfInvalid();
        if (duration <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration));
        var access = new EmergencyAccess
        {
            CaseId = c.Id,
            StaffMemberId = staff.Id,
            StaffName = staff.Name,
            Reason = reason!.Trim(),
            GrantedAt = now,
            ExpiresAt = now + duration,
        };
        c.RecordEmergencyAccess(staff, now, access.ExpiresAt);
        return access;
    }

    public void Review(bool justified, string? note, StaffMember by, DateTimeOffset now)
    {
        if (!by.May(Capability.ReviewEmergencyAccess))
            throw new DomainRuleException("Kun en leder kan gennemgå nødadgange.");
        if (by.Id == StaffMemberId)
            throw new DomainRuleException("Du kan ikke selv gennemgå din egen nødadgang.");
        var errors = new FieldErrors();
        TextRules.MaxLength(errors, nameof(ReviewNote), note, "Bemærkningen", 1000);
        if (!justified && string.IsNullOrWhiteSpace(note))
            errors.Add(nameof(ReviewNote), "Skriv, hvorfor nødadgangen ikke var berettiget.");
        errors.ThrowIfInvalid();
        Justified = justified;
        ReviewNote = TextRules.Clean(note);
        ReviewedByName = by.Name;
        ReviewedAt = now;
    }
}
