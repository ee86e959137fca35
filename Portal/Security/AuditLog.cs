using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Audit;

namespace Portal.Security;

/// <summary>
/// Appends to the hash-chained audit log. A change and its audit entry are saved in the same
/// SaveChanges, so neither exists without the other. Details never carry addresses or CPR numbers.
/// </summary>
public sealed class AuditLog(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time)
{
    // The chain needs one writer at a time; SQLite serialises writers anyway.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Saves the pending changes in <paramref name="db"/> together with an audit entry.</summary>
    public async Task SaveWithAuditAsync(PortalDbContext db, string actor, string action, int? caseId, string details, CancellationToken ct = default)
    {
        await Gate.WaitAsync(ct);
        try
        {
            var previous = await db.AuditEntries.OrderByDescending(e => e.Sequence).Select(e => e.Hash).FirstOrDefaultAsync(ct)
                ?? AuditChain.Genesis;
            var at = time.GetUtcNow();
            db.AuditEntries.Add(new AuditEntry
            {
                At = at,
                Actor = actor,
                Action = action,
                CaseId = caseId,
                Details = details,
                PreviousHash = previous,
                Hash = AuditChain.Hash(previous, at, actor, action, caseId, details),
            });
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Records something that changed nothing else, such as a read or a refused access.</summary>
    public async Task RecordAsync(string actor, string action, int? caseId, string details, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await SaveWithAuditAsync(db, actor, action, caseId, details, ct);
    }

    public async Task<long?> FindFirstBreakAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var records = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence)
            .Select(e => new AuditRecord(e.Sequence, e.At, e.Actor, e.Action, e.CaseId, e.Details, e.PreviousHash, e.Hash))
            .ToListAsync(ct);
        return AuditChain.FirstBreak(records);
    }
}
