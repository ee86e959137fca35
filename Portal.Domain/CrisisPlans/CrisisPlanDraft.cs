using System.Text.Json;

namespace Portal.Domain.CrisisPlans;

/// <summary>
/// What one staff member has typed in the crisis plan editor but not yet saved as a version. Kept
/// in the database so a dropped connection, a closed browser or a restart loses nothing.
/// </summary>
public sealed class CrisisPlanDraft
{
    private CrisisPlanDraft() { }

    public CrisisPlanDraft(int caseId, int staffMemberId) => (CaseId, StaffMemberId) = (caseId, staffMemberId);

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public int StaffMemberId { get; private set; }
    /// <summary>The version the draft was started from.</summary>
    public int BasedOn { get; private set; }
    public string ContentJson { get; private set; } = "{}";
    public DateTimeOffset UpdatedAt { get; private set; }

    public CrisisPlanContent Content => JsonSerializer.Deserialize<CrisisPlanContent>(ContentJson) ?? new();

    public void Update(CrisisPlanContent content, int basedOn, DateTimeOffset now)
    {
        ContentJson = JsonSerializer.Serialize(content);
        BasedOn = basedOn;
        UpdatedAt = now;
    }
}
