using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Domain.Audit;

/// <summary>How one audit entry's hash was made.</summary>
/// <remarks>
/// Entries written before the chain was keyed are plain SHA-256; they are verified with that scheme and
/// never re-sealed, because re-sealing would make any earlier tampering look genuine. Every new entry is
/// HMAC-SHA256 with a key kept outside the database. A chain may switch from <see cref="Sha256"/> to
/// <see cref="HmacSha256"/> once and never back, so unkeyed entries can only form the oldest part.
/// </remarks>
public enum AuditHashScheme
{
    // No zero member: the CLR default is never a real scheme, so EF always writes the value it is given.
    Sha256 = 1,
    HmacSha256 = 2,
}

/// <summary>
/// The audit log is a hash chain: each entry's hash covers its content and the previous entry's hash,
/// so an edited, inserted or deleted row breaks every hash after it. Keyed with HMAC-SHA256, only the
/// holder of the key can make a hash that fits; the anchor (the newest sequence and hash, kept outside
/// the database) catches rows deleted from the end, which a chain alone cannot.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// The time an entry is stored and hashed with: UTC, whole milliseconds. The database keeps
    /// DateTimeOffset as EF's binary form (ticks / 1000, i.e. 100 µs on SQLite), so a finer time would be
    /// hashed with digits that do not come back and the entry would look tampered with.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }

    /// <summary>The unkeyed SHA-256 hash of entries written before the chain was keyed.</summary>
    public static string Hash(string previousHash, DateTimeOffset at, string actor, string action, int? caseId, string details) =>
        Convert.ToHexStringLower(SHA256.HashData(Content(previousHash, at, actor, action, caseId, details)));

    /// <summary>The keyed HMAC-SHA256 hash of every new entry.</summary>
    public static string KeyedHash(ReadOnlySpan<byte> key, string previousHash, DateTimeOffset at, string actor, string action, int? caseId, string details) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Content(previousHash, at, actor, action, caseId, details)));

    private static byte[] Content(string previousHash, DateTimeOffset at, string actor, string action, int? caseId, string details) =>
        Encoding.UTF8.GetBytes(string.Join('\u001f',
            previousHash,
            at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            actor,
            action,
            caseId?.ToString(CultureInfo.InvariantCulture) ?? "",
            details));

    /// <summary>Whether <paramref name="e"/> carries the hash its scheme gives for its content.</summary>
    public static bool Fits(AuditRecord e, string previousHash, ReadOnlySpan<byte> key)
    {
        switch (e.Scheme)
        {
            case AuditHashScheme.HmacSha256:
                return !key.IsEmpty && e.Hash == KeyedHash(key, previousHash, e.At, e.Actor, e.Action, e.CaseId, e.Details);
            case AuditHashScheme.Sha256:
                if (e.Hash == Hash(previousHash, e.At, e.Actor, e.Action, e.CaseId, e.Details)) return true;
                // Unkeyed entries were hashed with the full 100 ns clock but stored at 100 µs (ticks / 1000):
                // the lost digits are one of 1000 values. Trying them proves nothing weaker than the unkeyed
                // hash already does, and it lets old databases pass their honest check.
                var stored = e.At.UtcDateTime.Ticks;
                if (stored % 1000 != 0) return false;
                for (var lost = 1; lost < 1000; lost++)
                {
                    var at = new DateTimeOffset(stored + lost, TimeSpan.Zero);
                    if (e.Hash == Hash(previousHash, at, e.Actor, e.Action, e.CaseId, e.Details)) return true;
                }
                return false;
            default:
                return false;
        }
    }

    /// <summary>Returns the sequence number of the first entry that does not fit the chain, or null if all fit.</summary>
    public static long? FirstBreak(IEnumerable<AuditRecord> entriesInOrder, ReadOnlySpan<byte> key = default)
    {
        var previous = Genesis;
        var keyed = false;
        foreach (var e in entriesInOrder)
        {
            // Once keyed, always keyed: an unkeyed entry after a keyed one is a forgery by someone without the key.
            if (keyed && e.Scheme != AuditHashScheme.HmacSha256) return e.Sequence;
            if (e.PreviousHash != previous || !Fits(e, previous, key)) return e.Sequence;
            keyed |= e.Scheme == AuditHashScheme.HmacSha256;
            previous = e.Hash;
        }
        return null;
    }

    /// <summary>
    /// Verifies the whole chain and compares it with the anchor lines written after each append.
    /// Every anchor line must match the entry with its sequence (so rows deleted from the end and then
    /// written again under the same numbers are found), and the newest entry must be the anchor's last line.
    /// </summary>
    public static AuditVerification Verify(IReadOnlyList<AuditRecord> entriesInOrder, ReadOnlySpan<byte> key, IReadOnlyList<AuditAnchorLine>? anchor,
        AnchorScope scope = AnchorScope.AllWriters)
    {
        var breakAt = FirstBreak(entriesInOrder, key);
        if (breakAt is { } seq)
        {
            var broken = entriesInOrder.First(e => e.Sequence == seq);
            return AuditVerification.Broken(broken.Sequence, broken.At, broken.Action,
                broken.Scheme == AuditHashScheme.HmacSha256 && key.IsEmpty
                    ? "posten er nøglet, men nøglen mangler"
                    : "posten passer ikke i kæden (rettet, indsat, slettet før den eller forkert nøgle)");
        }
        return CompareWithAnchor(entriesInOrder, anchor, scope);
    }

    /// <summary>The anchor half of <see cref="Verify"/>, for entries whose chain already fits.</summary>
    public static AuditVerification CompareWithAnchor(IReadOnlyList<AuditRecord> entriesInOrder, IReadOnlyList<AuditAnchorLine>? anchor,
        AnchorScope scope = AnchorScope.AllWriters)
    {
        var newest = entriesInOrder.Count > 0 ? entriesInOrder[^1] : null;
        if (anchor is null or { Count: 0 })
        {
            // A database from before the anchor existed has only unkeyed entries and no anchor yet;
            // the first keyed append writes the first anchor line.
            // A node that has not appended yet has nothing to compare; the other nodes' anchors hold their appends.
            if (newest is null || newest.Scheme == AuditHashScheme.Sha256 || scope == AnchorScope.ThisNode) return AuditVerification.Intact(entriesInOrder.Count);
            return AuditVerification.Broken(newest.Sequence, newest.At, newest.Action, "ankeret uden for databasen mangler");
        }

        var bySequence = new Dictionary<long, AuditRecord>(entriesInOrder.Count);
        foreach (var e in entriesInOrder) bySequence[e.Sequence] = e;
        foreach (var line in anchor)
        {
            if (!bySequence.TryGetValue(line.Sequence, out var entry))
                return AuditVerification.Broken(line.Sequence, null, null, "posten findes i ankeret, men er slettet fra databasen");
            if (entry.Hash != line.Hash)
                return AuditVerification.Broken(entry.Sequence, entry.At, entry.Action, "posten er ikke den, ankeret har registreret");
        }

        var last = anchor[^1];
        if (scope == AnchorScope.ThisNode && newest is not null && newest.Sequence > last.Sequence) return AuditVerification.Intact(entriesInOrder.Count);
        if (newest is null || newest.Sequence != last.Sequence)
            return newest is null || newest.Sequence < last.Sequence
                ? AuditVerification.Broken(last.Sequence, null, null, "de nyeste poster er slettet fra databasen")
                : AuditVerification.Broken(newest.Sequence, newest.At, newest.Action, "posten er nyere end ankeret");
        return AuditVerification.Intact(entriesInOrder.Count);
    }

    /// <summary>
    /// The cheap check. With one anchor for all writers the newest entry must be the anchor's last line. With an
    /// anchor per node, other nodes append after this node's last line, so the newest may be later, but the entry
    /// the anchor names must still be there with its hash (so rows removed from the end are still found).
    /// </summary>
    public static bool NewestMatchesAnchor(long? newestSequence, AuditHashScheme? newestScheme, string? hashAtAnchoredSequence,
        AuditAnchorLine? lastAnchorLine, AnchorScope scope = AnchorScope.AllWriters) =>
        lastAnchorLine is null
            ? newestSequence is null || newestScheme == AuditHashScheme.Sha256 || scope == AnchorScope.ThisNode
            : hashAtAnchoredSequence == lastAnchorLine.Hash
              && (scope == AnchorScope.ThisNode ? newestSequence >= lastAnchorLine.Sequence : newestSequence == lastAnchorLine.Sequence);
}

/// <summary>
/// Whose appends the anchor file records: every writer's (one SQLite file, one process) or only this node's
/// (several nodes on one PostgreSQL database, each with its own file).
/// </summary>
public enum AnchorScope
{
    AllWriters,
    ThisNode,
}

public sealed record AuditRecord(long Sequence, DateTimeOffset At, string Actor, string Action, int? CaseId, string Details, string PreviousHash, string Hash,
    AuditHashScheme Scheme = AuditHashScheme.Sha256);

/// <summary>One line of the anchor file: the sequence and hash of the newest entry after an append.</summary>
public sealed record AuditAnchorLine(long Sequence, string Hash)
{
    public string Format() => FormattableString.Invariant($"{Sequence} {Hash}");

    public static AuditAnchorLine? Parse(string line)
    {
        var parts = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seq) && parts[1].Length == 64
            ? new AuditAnchorLine(seq, parts[1])
            : null;
    }
}

/// <summary>The outcome of a check: intact with a count, or the first broken entry and why.</summary>
public sealed record AuditVerification(bool IsIntact, int Count, long? Sequence, DateTimeOffset? At, string? Action, string? Reason)
{
    public static AuditVerification Intact(int count) => new(true, count, null, null, null, null);

    public static AuditVerification Broken(long sequence, DateTimeOffset? at, string? action, string reason) =>
        new(false, 0, sequence, at, action, reason);

    /// <summary>The Danish sentence shown on the administration page and printed by <c>verify-audit</c>.</summary>
    /// <param name="formatTime">How to show the broken entry's time; UTC when not given.</param>
    public string Message(Func<DateTimeOffset, string>? formatTime = null)
    {
        if (IsIntact) return string.Create(CultureInfo.InvariantCulture, $"Revisionssporet er intakt ({Count} poster)");
        var when = At is { } at
            ? " fra " + (formatTime?.Invoke(at) ?? at.ToOffset(TimeSpan.Zero).ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " UTC")
            : "";
        var what = Action is { Length: > 0 } a ? $" ({a})" : "";
        return string.Create(CultureInfo.InvariantCulture, $"Revisionssporet er brudt ved post {Sequence}{when}{what}: {Reason}.");
    }
}
