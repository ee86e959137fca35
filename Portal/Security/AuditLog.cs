using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Data;
using Portal.Domain.Audit;

namespace Portal.Security;

/// <summary>
/// Appends to the hash-chained audit log. A change and its audit entry are saved in the same
/// SaveChanges, so neither exists without the other. Details never carry addresses or CPR numbers.
/// New entries are keyed (HMAC-SHA256, key from <see cref="AuditSettings"/>), and after each append
/// the newest sequence and hash are written to the anchor file outside the database.
/// </summary>
public sealed class AuditLog(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time, AuditSettings settings, ILogger<AuditLog>? logger = null)
{
    // The chain needs one writer at a time. Within a node this gate orders appends (and the anchor is read under
    // it, so a check never sees a committed row whose anchor line is still being written); across nodes and
    // processes the append's transaction does (see SaveWithAuditAsync).
    // One gate per anchor file: everything that writes the same anchor (in the app: the one AuditLog) takes turns.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    private SemaphoreSlim Gate { get; } = Gates.GetOrAdd(Path.GetFullPath(settings.AnchorPath), _ => new SemaphoreSlim(1, 1));

    private readonly AuditAnchor _anchor = AuditAnchor.Open(settings.AnchorPath, settings.Scope, logger);
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    // Set when an append found the table's newest row differing from the anchor's last line (rows removed
    // or changed since the last append), or when the anchor could not be written. An append after removed
    // rows makes the newest row and the anchor agree again, so the cheap health check remembers it here;
    // the full verification (which compares every anchor line) clears it when the chain proves intact.
    private volatile string? _suspicion;

    // A node's anchor may lag behind the other nodes' appends only while it exists: a node's file is made (empty)
    // when the node first starts, so a missing file is a removed one, and is checked as strictly as a single writer's.
    private AnchorScope Scope => _anchor.Exists ? settings.Scope : AnchorScope.AllWriters;

    /// <summary>Saves the pending changes in <paramref name="db"/> together with an audit entry.</summary>
    public async Task SaveWithAuditAsync(PortalDbContext db, string actor, string action, int? caseId, string details, CancellationToken ct = default)
    {
        await Gate.WaitAsync(ct);
        try
        {
            // Read the newest entry and append after it in one transaction that excludes other writers: on SQLite
            // BeginTransaction is BEGIN IMMEDIATE (the write lock first), on PostgreSQL the advisory lock below.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            await DatabaseLocks.TakeInTransactionAsync(db, DatabaseLocks.AuditChain, ct);
            var (anchored, endsMidLine) = _anchor.ReadTail();
            var newest = await NewestAsync(db, anchored, ct);
            var previous = newest.Hash ?? AuditChain.Genesis;
            if (!AuditChain.NewestMatchesAnchor(newest.Sequence, newest.Scheme, newest.HashAtAnchor, anchored, Scope))
            {
                _suspicion = "Den nyeste post i databasen stemte ikke med ankeret ved en tilføjelse";
                _logger.LogCritical("Revisionssporet: den nyeste post ({Sequence}) stemmer ikke med ankerets sidste linje ({Anchored}); poster kan være slettet eller rettet.",
                    newest.Sequence, anchored?.Sequence);
            }

            // Stored and hashed at the same precision, so the hash can be checked against what comes back.
            var at = AuditChain.Normalize(time.GetUtcNow());
            var entry = new AuditEntry
            {
                At = at,
                Actor = actor,
                Action = action,
                CaseId = caseId,
                Details = details,
                PreviousHash = previous,
                Hash = AuditChain.KeyedHash(settings.Key, previous, at, actor, action, caseId, details),
                Scheme = AuditHashScheme.HmacSha256,
            };
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync(ct);
            if (transaction is not null) await transaction.CommitAsync(ct);

            try
            {
                _anchor.Append(new AuditAnchorLine(entry.Sequence, entry.Hash), endsMidLine);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The change is saved; failing the user's request now would invite a second save.
                // The health check turns Unhealthy until the anchor can be written again.
                _suspicion = "Ankeret kunne ikke skrives";
                _logger.LogCritical(ex, "Revisionssporet: ankeret {Path} kunne ikke skrives.", _anchor.Path);
            }
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

    /// <summary>The sequence of the first broken entry (or of the missing newest one), or null when intact.</summary>
    public async Task<long?> FindFirstBreakAsync(CancellationToken ct = default) =>
        (await VerifyAsync(ct)) is { IsIntact: false } broken ? broken.Sequence : null;

    /// <summary>The full check: every entry's hash and link, and every anchor line against its entry.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        long? newestSequence;
        long anchorLength;
        // Only the snapshot is taken under the gate; reading the whole chain must not hold up writers.
        await Gate.WaitAsync(ct);
        try
        {
            newestSequence = await db.AuditEntries.MaxAsync(e => (long?)e.Sequence, ct);
            anchorLength = _anchor.Length;
        }
        finally
        {
            Gate.Release();
        }

        var records = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Sequence <= (newestSequence ?? 0))
            .OrderBy(e => e.Sequence)
            .Select(e => new AuditRecord(e.Sequence, e.At, e.Actor, e.Action, e.CaseId, e.Details, e.PreviousHash, e.Hash, e.Scheme))
            .ToListAsync(ct);
        var result = AuditChain.Verify(records, settings.Key, _anchor.ReadAll(anchorLength), Scope);
        if (result.IsIntact) _suspicion = null;
        return result;
    }

    /// <summary>
    /// The cheap check for the health endpoint: the newest row against the anchor's last line, and
    /// whatever an append has noticed since the last full verification. One indexed query and a 512-byte read.
    /// </summary>
    public async Task<(bool Healthy, string Description)> CheckAnchorAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await Gate.WaitAsync(ct);
        try
        {
            var (anchored, _) = _anchor.ReadTail();
            var newest = await NewestAsync(db, anchored, ct);
            if (!AuditChain.NewestMatchesAnchor(newest.Sequence, newest.Scheme, newest.HashAtAnchor, anchored, Scope))
                return (false, "Den nyeste post i revisionssporet stemmer ikke med ankeret uden for databasen.");
            return _suspicion is { } s ? (false, s + "; kør en fuld kontrol af revisionssporet.") : (true, "Revisionssporet stemmer med ankeret.");
        }
        finally
        {
            Gate.Release();
        }
    }

    private sealed record Newest(long? Sequence, string? Hash, AuditHashScheme? Scheme, string? HashAtAnchor);

    /// <summary>The newest entry, and the hash of the entry the anchor's last line names (the same row when one node writes).</summary>
    private static async Task<Newest> NewestAsync(PortalDbContext db, AuditAnchorLine? anchored, CancellationToken ct)
    {
        var newest = await db.AuditEntries.OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash, e.Scheme }).FirstOrDefaultAsync(ct);
        if (newest is null) return new Newest(null, null, null, null);
        var hashAtAnchor = anchored is null ? null
            : anchored.Sequence == newest.Sequence ? newest.Hash
            : await db.AuditEntries.Where(e => e.Sequence == anchored.Sequence).Select(e => e.Hash).FirstOrDefaultAsync(ct);
        return new Newest(newest.Sequence, newest.Hash, newest.Scheme, hashAtAnchor);
    }
}
