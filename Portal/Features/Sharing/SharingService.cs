using Portal.Domain.Validation;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Domain.Tasks;
using Portal.Features.ContactPersons;
using Portal.Security;

namespace Portal.Features.Sharing;

public sealed record ShareRow(int Id, string StaffName, SharePart Part, DateOnly Until, string Reason, string BasisText,
    bool IncludesAddress, string? AddressReason, string SharedByName, DateTimeOffset SharedAt, DateTimeOffset? EndedAt, ShareEnd? EndedHow,
    string? EndedByName)
{
    public static ShareRow Of(CaseShare s) => new(s.Id, s.StaffName, s.Part, s.Until, s.Reason, s.BasisText, s.IncludesAddress, s.AddressReason,
        s.SharedByName, s.SharedAt, s.EndedAt, s.EndedHow, s.EndedByName);
}

/// <summary>The shares panel: who the case is shared with now, who it was shared with, and who it may be shared with.</summary>
public sealed record SharingData(IReadOnlyList<ShareRow> Active, IReadOnlyList<ShareRow> Ended, IReadOnlyList<StaffOption> Candidates,
    bool AddressProtected);

/// <summary>
/// Sharing a case with a named colleague or partner: by the case's visitator or contact person, through the gate, with
/// a task "Sag delt med dig" for the person shared with, closed again when the share ends.
/// </summary>
public sealed class SharingService(CaseGate gate)
{
    public const string TaskTitle = "Sag delt med dig";

    public async Task<SharingData?> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(CaseKey.Case(caseId), viewer, "shares", async scope =>
        {
            var c = scope.Case;
            scope.AuditDetails = $"Delinger på sag {c.CaseNumber} slået op.";
            var active = c.Shares.Where(s => s.IsActive(scope.Now)).OrderBy(s => s.Until).Select(ShareRow.Of).ToList();
            var ended = c.Shares.Where(s => !s.IsActive(scope.Now)).OrderByDescending(s => s.EndedAt ?? s.SharedAt).Select(ShareRow.Of).ToList();
            return new SharingData(active, ended, await CandidatesAsync(scope, ct), c.Citizen.AddressProtected);
        }, ct, CaseOperation.Manage);
        return result.Value;
    }

    /// <summary>Staff the case may be shared with: case-working roles in any organisation, not police, not conflicted, not already in.</summary>
    private static async Task<IReadOnlyList<StaffOption>> CandidatesAsync(CaseScope scope, CancellationToken ct)
    {
        var c = scope.Case;
        var organisations = await scope.Db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var staff = await scope.Db.Staff.AsNoTracking().Where(s => s.IsActive).ToListAsync(ct);
        return staff
            .Where(s => s.May(Capability.ReceiveCaseShare) && !c.HasConflict(s) && s.Id != c.VisitatorId && s.Id != c.ContactPersonId
                        && c.ActiveShareFor(s, scope.Now) is null)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new StaffOption(s.Id, s.Name, $"{s.Role.Danish()}, {s.Department}, {organisations.GetValueOrDefault(s.OrganisationId, "")}"))
            .ToList();
    }

    public async Task<SaveResult<bool>> ShareAsync(int caseId, CaseShareForm form, Guid requestId, StaffMember by, CancellationToken ct = default)
    {
        return await gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "case.share", async scope =>
        {
            var c = scope.Case;
            if (c.Shares.Any(s => s.Key == requestId)) return new Change<bool>.Unchanged(true);
            var errors = form.Validate(scope.Today);
            if (!errors.IsValid) return new Change<bool>.Invalid(errors);
            var staff = await scope.Db.Staff.SingleOrDefaultAsync(s => s.Id == form.StaffMemberId, ct);
            if (staff is null || !staff.IsActive) return new Change<bool>.Refuse("Medarbejderen findes ikke eller er ikke længere aktiv.");
            var share = c.ShareWith(staff, form, by, scope.Today, scope.Now, requestId);
            scope.Db.Tasks.Add(new CaseTask(c.Id, staff.Id, TaskTitle, TaskSource.Deling, scope.Now, null, share.Key));
            scope.RepeatValue = true;
            return new Change<bool>.Save(true,
                $"Sag {c.CaseNumber} delt med {staff.Name} ({staff.Role.Danish()}) til og med {share.Until:dd-MM-yyyy}: {share.Part.Danish()}. " +
                $"Grundlag: {share.BasisText}. Begrundelse: {share.Reason}" +
                (share.IncludesAddress ? $" Beskyttet adresse vises. Begrundelse for adressen: {share.AddressReason}" : ""));
        }, ct, CaseOperation.Manage);
    }

    public async Task<SaveResult<bool>> EndAsync(int caseId, int shareId, StaffMember by, CancellationToken ct = default)
    {
        return await gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "case.share.end", async scope =>
        {
            var c = scope.Case;
            if (c.Shares.FirstOrDefault(s => s.Id == shareId) is not { } share) return new Change<bool>.Refuse("Delingen findes ikke på sagen.");
            if (share.EndedAt is not null) return new Change<bool>.Unchanged(true);
            c.EndShare(shareId, by, scope.Now);
            await CloseTasksAsync(scope.Db, [share], scope.Now, ct);
            return new Change<bool>.Save(true, $"Delingen af sag {c.CaseNumber} med {share.StaffName} er afsluttet.");
        }, ct, CaseOperation.Manage, conflictMessage: "Delingen er ændret, siden du åbnede sagen. Genindlæs og se, om den allerede er afsluttet.");
    }

    internal static async Task CloseTasksAsync(PortalDbContext db, IReadOnlyList<CaseShare> shares, DateTimeOffset now, CancellationToken ct)
    {
        var keys = shares.Select(s => (Guid?)s.Key).ToList();
        var tasks = await db.Tasks.Where(t => t.Source == TaskSource.Deling && t.ClosedAt == null && keys.Contains(t.SourceId)).ToListAsync(ct);
        foreach (var task in tasks) task.CloseAutomatically(now);
    }
}
