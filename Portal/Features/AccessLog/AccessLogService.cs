using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Security;

namespace Portal.Features.AccessLog;

/// <summary>One look at the case: when, who (name and role), what part, and why where the reader said so.</summary>
public sealed record AccessLogRow(DateTimeOffset At, string StaffName, string RoleAndDepartment, string What, string Purpose);

/// <summary>
/// "Hvem har set sagen": every audited read and print of a case, for the case's visitator and contact person, and the
/// citizen's own access export (GDPR art. 15) built from the same rows without staff names.
/// </summary>
public sealed class AccessLogService(CaseGate gate)
{
    public async Task<IReadOnlyList<AccessLogRow>?> WhoHasSeenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(CaseKey.Case(caseId), viewer, "accesslog", scope => ReadsOfAsync(scope, ct), ct, CaseOperation.Manage);
        return result.Value;
    }

    /// <summary>The reads of the case in the scope, newest first.</summary>
    public static async Task<IReadOnlyList<AccessLogRow>> ReadsOfAsync(CaseScope scope, CancellationToken ct)
    {
        var caseId = scope.Case.Id;
        var entries = await scope.Db.AuditEntries.AsNoTracking()
            .Where(e => e.CaseId == caseId && (e.Action.EndsWith(".read") || e.Action.EndsWith(".print") || e.Action == "emergency.grant"))
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.At, e.Actor, e.Action, e.Details })
            .ToListAsync(ct);
        var actors = entries.Select(e => e.Actor).Distinct().ToList();
        var staff = await scope.Db.Staff.AsNoTracking().Where(s => actors.Contains(s.Username)).ToDictionaryAsync(s => s.Username, ct);
        return entries.Select(e =>
        {
            var who = staff.GetValueOrDefault(e.Actor);
            return new AccessLogRow(e.At, who?.Name ?? e.Actor, who is null ? "" : $"{who.Role.Danish()}, {who.Department}",
                WhatOf(e.Action), PurposeOf(e.Action, e.Details));
        }).ToList();
    }

    private static string WhatOf(string action)
    {
        var area = action.Split('.')[0];
        var name = AreaNames.Danish(area);
        return action.EndsWith(".print", StringComparison.Ordinal) ? $"{name} (udskrift)"
            : action == "emergency.grant" ? "Nødadgang givet"
            : name;
    }

    private static string PurposeOf(string action, string details)
    {
        const string reason = "Begrundelse: ";
        if (action == "emergency.grant" && details.IndexOf(reason, StringComparison.Ordinal) is var i and >= 0)
            return "Nødadgang – " + details[(i + reason.Length)..];
        if (details.StartsWith("Nødadgang:", StringComparison.Ordinal)) return "Nødadgang";
        return "Sagsbehandling";
    }
}
