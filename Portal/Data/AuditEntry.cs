using Portal.Domain.Audit;

namespace Portal.Data;

/// <summary>One row of the tamper-evident audit log (see Portal.Domain.Audit.AuditChain).</summary>
public sealed class AuditEntry
{
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public int? CaseId { get; set; }
    public string Details { get; set; } = "";
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";

    /// <summary>How <see cref="Hash"/> was made; rows from before the chain was keyed are <see cref="AuditHashScheme.Sha256"/>.</summary>
    public AuditHashScheme Scheme { get; set; }
}
