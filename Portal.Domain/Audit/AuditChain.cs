using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Domain.Audit;

/// <summary>
/// The audit log is a hash chain: each entry's hash covers its content and the previous entry's hash,
/// so an edited, inserted or deleted row breaks every hash after it.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Hash(string previousHash, DateTimeOffset at, string actor, string action, int? caseId, string details)
    {
        var content = string.Join('\u001f',
            previousHash,
            at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            actor,
            action,
            caseId?.ToString(CultureInfo.InvariantCulture) ?? "",
            details);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>Returns the sequence number of the first entry that does not fit the chain, or null if all fit.</summary>
    public static long? FirstBreak(IEnumerable<AuditRecord> entriesInOrder)
    {
        var previous = Genesis;
        foreach (var e in entriesInOrder)
        {
            if (e.PreviousHash != previous || e.Hash != Hash(previous, e.At, e.Actor, e.Action, e.CaseId, e.Details))
                return e.Sequence;
            previous = e.Hash;
        }
        return null;
    }
}

public sealed record AuditRecord(long Sequence, DateTimeOffset At, string Actor, string Action, int? CaseId, string Details, string PreviousHash, string Hash);
