using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.Staff;
using Portal.Domain.Tasks;
using Portal.Domain.Validation;
using Portal.Security;

namespace Portal.Features.Tasks;

/// <param name="Id">0 for a task that closes itself when the case decision is made (it has no "done" button).</param>
/// <param name="ContactRules">How the citizen may be contacted, shown beside the task before anyone calls.</param>
public sealed record TaskRow(int Id, int CaseId, string CaseNumber, string Title, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, bool IsOverdue,
    IReadOnlyList<string>? ContactRules = null);

/// <summary>The tasks a staff member owns, overdue first; closing records who and when.</summary>
public sealed class TaskService(IDbContextFactory<PortalDbContext> dbFactory, CaseGate gate, TimeProvider time)
{
    public const string DecideOnNotification = "Tag stilling til underretning";

    public async Task<IReadOnlyList<TaskRow>> MyOpenTasksAsync(StaffMember owner, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var rows = await db.Tasks.AsNoTracking().Where(t => t.OwnerId == owner.Id && t.ClosedAt == null)
            .Join(db.Cases, t => t.CaseId, c => c.Id, (t, c) => new { Task = t, c.CaseNumber, c.Citizen.SafeContact })
            .ToListAsync(ct);
        // An open underretning decision is a task for the case owner until it is made on the case.
        var owned = await db.Cases.AsNoTracking().Include(c => c.Citizen)
            .Where(c => c.Status != CaseStatus.Afsluttet && (c.ContactPersonId == owner.Id || (c.ContactPersonId == null && c.VisitatorId == owner.Id)))
            .ToListAsync(ct);
        var decisions = owned.Where(c => c.AwaitsChildrenDecision)
            .Select(c => new TaskRow(0, c.Id, c.CaseNumber, DecideOnNotification, c.OpenedAt, null, false));
        // A protection about to lapse (or lapsed, unconfirmed) is a task until a renewal or its end is recorded on the case.
        var today = Portal.Domain.Calendar.DanishTime.Today(now);
        var renewals = owned.Where(c => ProtectionLapse.NeedsRenewal(c.Citizen, today))
            .Select(c => new TaskRow(0, c.Id, c.CaseNumber, ProtectionLapse.TaskTitle, c.OpenedAt,
                c.Citizen.ProtectedUntil is { } until ? EndOfDay(until) : null, c.Citizen.ProtectedUntil < today));
        var guidance = rows.Select(r => (r.Task.CaseId, r.SafeContact)).Concat(owned.Select(c => (CaseId: c.Id, c.Citizen.SafeContact)))
            .DistinctBy(x => x.CaseId)
            .ToDictionary(x => x.CaseId, x => SafeContactGuidance.Lines(x.SafeContact));
        return rows
            .Select(r => new TaskRow(r.Task.Id, r.Task.CaseId, r.CaseNumber, r.Task.Title, r.Task.CreatedAt, r.Task.DueAt, r.Task.IsOverdue(now)))
            .Concat(decisions)
            .Concat(renewals)
            .Select(t => t with { ContactRules = guidance.GetValueOrDefault(t.CaseId, []) })
            .OrderByDescending(r => r.IsOverdue)
            .ThenBy(r => r.DueAt ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.CreatedAt)
            .ToList();
    }

    private static DateTimeOffset EndOfDay(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(16, 0));
        return new DateTimeOffset(local, Portal.Domain.Calendar.DanishTime.Zone.GetUtcOffset(local));
    }

    /// <summary>Staff who may own a task on a case: active case-working staff who can see it. For those who manage the case.</summary>
    public async Task<IReadOnlyList<StaffMember>> OwnersForAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(CaseKey.Case(caseId), viewer, "tasks", async scope =>
        {
            scope.AuditDetails = $"Mulige opgaveejere på sag {scope.Case.CaseNumber} slået op.";
            return await OwnersOfAsync(scope, ct);
        }, ct, CaseOperation.Manage);
        return result.Value ?? [];
    }

    private static async Task<IReadOnlyList<StaffMember>> OwnersOfAsync(CaseScope scope, CancellationToken ct)
    {
        var staff = await scope.Db.Staff.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Name).ToListAsync(ct);
        return staff.Where(s => CaseAccess.Allows(scope.Case, s, CaseOperation.Change, scope.Now)).ToList();
    }

    public async Task<SaveResult<bool>> CreateAsync(int caseId, TaskForm form, StaffMember by, CancellationToken ct = default)
    {
        return await gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "task.create", async scope =>
        {
            var owners = (await OwnersOfAsync(scope, ct)).Select(s => s.Id).ToHashSet();
            var invalid = form.Validate(owners, scope.Today);
            if (!invalid.IsValid) return new Change<bool>.Invalid(invalid);
            DateTimeOffset? due = null;
            if (form.Due is { } d)
            {
                var local = d.ToDateTime(new TimeOnly(16, 0));
                due = new DateTimeOffset(local, Portal.Domain.Calendar.DanishTime.Zone.GetUtcOffset(local));
            }
            var task = new CaseTask(caseId, form.OwnerId!.Value, form.Title!, TaskSource.Opfoelgning, scope.Now, due);
            scope.Db.Tasks.Add(task);
            return new Change<bool>.Save(true, $"Opgaven «{task.Title}» oprettet på sag {scope.Case.CaseNumber}.");
        }, ct, CaseOperation.Manage);
    }

    public async Task<SaveResult<bool>> CloseAsync(int taskId, StaffMember by, CancellationToken ct = default)
    {
        var key = CaseKey.Of("opgave", taskId, (db, t) => db.Tasks.Where(x => x.Id == taskId).Select(x => (int?)x.CaseId).SingleOrDefaultAsync(t));
        var result = await gate.ChangeAsync<bool>(key, by, "task.close", async scope =>
        {
            var task = await scope.Db.Tasks.SingleAsync(t => t.Id == taskId, ct);
            if (!task.IsOpen) return new Change<bool>.Unchanged(true);
            task.Close(by, scope.Now);
            return new Change<bool>.Save(true, $"Opgaven «{task.Title}» lukket på sag {scope.Case.CaseNumber}.");
        }, ct);
        // Someone closing it at the same moment is a conflict on the task; it is closed either way.
        return result.Status == SaveStatus.Conflict ? SaveResult<bool>.Saved(true) : result;
    }
}
