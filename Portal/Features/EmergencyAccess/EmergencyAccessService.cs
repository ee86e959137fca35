using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Domain.Tasks;
using Portal.Domain.Validation;
using Portal.Features.Cases;
using Portal.Security;
using Access = Portal.Domain.Access.EmergencyAccess;

namespace Portal.Features.EmergencyAccess;

/// <summary>One emergency access as a manager reviews it. The reason is the staff member's own words, not case contents.</summary>
public sealed record EmergencyAccessRow(int Id, int CaseId, string CaseNumber, string StaffName, string Reason, DateTimeOffset GrantedAt,
    DateTimeOffset ExpiresAt, bool? Justified, string? ReviewNote, string? ReviewedByName, DateTimeOffset? ReviewedAt, Guid Version);

/// <summary>
/// Nødadgang: a case-working user (or a manager) who may not see a case opens it for reading, after writing why, for
/// a limited time. The case's visitator and the organisation's managers get a task; a manager reviews it afterwards.
/// </summary>
public sealed class EmergencyAccessService(IDbContextFactory<PortalDbContext> dbFactory, CaseGate gate, AuditLog audit)
{
    public const string ReviewTaskTitle = "Gennemgå nødadgang";

    /// <summary>Anyone who may use emergency access may ask for it on a case they are not conflicted on; the case rule is not asked.</summary>
    private static readonly CaseRule MayAsk = (_, c, staff, _, _) => Task.FromResult(staff.May(Capability.UseEmergencyAccess) && !c.HasConflict(staff));

    public async Task<SaveResult<bool>> GrantAsync(int caseId, string? reason, StaffMember staff, CancellationToken ct = default)
    {
        var errors = Access.ValidateReason(reason);
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
        return await gate.ChangeAsync<bool>(CaseKey.Case(caseId), staff, "emergency.grant", async scope =>
        {
            var c = scope.Case;
            if (CaseAccess.CanSee(c, staff, scope.Now)) return new Change<bool>.Unchanged(true);
            var access = Access.Grant(c, staff, reason, scope.Now, gate.EmergencyAccessDuration);
            scope.Db.EmergencyAccesses.Add(access);
            var notify = new List<int>();
            if (c.VisitatorId is { } visitator && visitator != staff.Id) notify.Add(visitator);
            notify.AddRange(await scope.Db.Staff.Where(s => s.IsActive && s.Role == Role.Leder && s.OrganisationId == c.OrganisationId && s.Id != staff.Id)
                .Select(s => s.Id).ToListAsync(ct));
            foreach (var owner in notify.Distinct())
                scope.Db.Tasks.Add(new CaseTask(c.Id, owner, $"{ReviewTaskTitle}: {staff.Name} ({staff.Role.Danish()})", TaskSource.Noedadgang, scope.Now, null));
            return new Change<bool>.Save(true,
                $"Nødadgang til sag {c.CaseNumber} indtil {Portal.Domain.Calendar.DanishTime.Format(access.ExpiresAt)}. Begrundelse: {access.Reason}");
        }, ct, CaseOperation.Read, rule: MayAsk);
    }

    /// <summary>The emergency accesses to the manager's organisation's cases, unreviewed first.</summary>
    public async Task<IReadOnlyList<EmergencyAccessRow>> ForReviewAsync(StaffMember manager, CancellationToken ct = default)
    {
        if (!manager.May(Capability.ReviewEmergencyAccess)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = manager.OrganisationId;
        var rows = await db.EmergencyAccesses.AsNoTracking()
            .Join(db.Cases.Where(c => c.OrganisationId == organisation), e => e.CaseId, c => c.Id, (e, c) => new { Access = e, c.CaseNumber })
            .ToListAsync(ct);
        await audit.RecordAsync(manager.Username, "emergency.review.read", null, $"Nødadgange til gennemgang vist ({rows.Count}).", ct);
        return rows
            .Select(x => new EmergencyAccessRow(x.Access.Id, x.Access.CaseId, x.CaseNumber, x.Access.StaffName, x.Access.Reason, x.Access.GrantedAt,
                x.Access.ExpiresAt, x.Access.Justified, x.Access.ReviewNote, x.Access.ReviewedByName, x.Access.ReviewedAt, x.Access.Version))
            .OrderBy(r => r.Justified is not null).ThenByDescending(r => r.GrantedAt)
            .ToList();
    }

    /// <summary>A manager of the case's organisation marks the access justified or not; their review task closes.</summary>
    public async Task<SaveResult<bool>> ReviewAsync(int accessId, Guid expectedVersion, bool justified, string? note, StaffMember manager, CancellationToken ct = default)
    {
        var key = CaseKey.Of("nødadgang", accessId, (db, t) => db.EmergencyAccesses.Where(e => e.Id == accessId).Select(e => (int?)e.CaseId).SingleOrDefaultAsync(t));
        CaseRule ownOrganisation = (_, c, staff, _, _) => Task.FromResult(staff.May(Capability.ReviewEmergencyAccess) && c.OrganisationId == staff.OrganisationId);
        return await gate.ChangeAsync<bool>(key, manager, "emergency.review", async scope =>
        {
            var access = await scope.Db.EmergencyAccesses.SingleAsync(e => e.Id == accessId, ct);
            if (!scope.Expect(access, expectedVersion)) return new Change<bool>.Conflict();
            access.Review(justified, note, manager, scope.Now);
            var tasks = await scope.Db.Tasks.Where(t => t.CaseId == access.CaseId && t.OwnerId == manager.Id && t.Source == TaskSource.Noedadgang && t.ClosedAt == null)
                .ToListAsync(ct);
            foreach (var t in tasks) t.Close(manager, scope.Now);
            return new Change<bool>.Save(true,
                $"Nødadgang {access.Id} ({access.StaffName}) på sag {scope.Case.CaseNumber} gennemgået: {(justified ? "berettiget" : "ikke berettiget")}.");
        }, ct, rule: ownOrganisation,
            conflictMessage: "En anden leder har gennemgået nødadgangen, siden du åbnede siden. Siden er opdateret.");
    }
}
