using System.Text.Json;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Domain.CrisisPlans;

/// <summary>One saved version of a case's crisis plan. Versions are never changed; saving makes a new one.</summary>
public sealed class CrisisPlanVersion
{
    private static readonly JsonSerializerOptions Json = new();

    private CrisisPlanVersion() { }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public int Number { get; private set; }
    public DateTimeOffset SavedAt { get; private set; }
    public int SavedById { get; private set; }
    public string SavedByName { get; private set; } = "";
    public bool IsReady { get; private set; }
    public string ContentJson { get; private set; } = "{}";
    /// <summary>The plan's next review date, kept beside the content so the managers' figures can find plans past it.</summary>
    public DateOnly? NextReview { get; private set; }

    public CrisisPlanContent Content => JsonSerializer.Deserialize<CrisisPlanContent>(ContentJson, Json) ?? new();

    /// <summary>
    /// Saves <paramref name="content"/> as the version after <paramref name="basedOn"/> (0 for the first).
    /// The caller refuses the save when another version was saved since <paramref name="basedOn"/>.
    /// </summary>
    public static CrisisPlanVersion Save(int caseId, int basedOn, CrisisPlanContent content, StaffMember by, DateOnly today, DateTimeOffset now)
    {
        content.Validate(today).ThrowIfInvalid();
        if (!by.Role.May(Capability.EditCrisisPlan))
            throw new DomainRuleException("Kun rådgivere, kontaktpersoner og visitatorer laver kriseplaner.");
        var clean = content with
        {
            TrustedPeople = content.TrustedPeople
                .Select(p => new TrustedPerson(p.Name.Trim(), Citizens.PhoneNumber.TryNormalize(p.Phone, out var phone) ? phone : p.Phone.Trim(), TextRules.Clean(p.CodeWord)))
                .ToList(),
        };
        return new CrisisPlanVersion
        {
            CaseId = caseId,
            Number = basedOn + 1,
            SavedAt = now,
            SavedById = by.Id,
            SavedByName = by.Name,
            IsReady = clean.IsReady,
            NextReview = clean.NextReview,
            ContentJson = JsonSerializer.Serialize(clean, Json),
        };
    }
}
