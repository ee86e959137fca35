using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Domain.Tasks;
using Portal.Domain.Validation;
using Portal.Security;

namespace Portal.Features.Tasks;

/// <param name="Id">0 for a task that closes itself when the case decision is made (it has no "done" button).</param>
public sealed record TaskRow(int Id, int CaseId, string CaseNumber, string Title, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, bool IsOverdue);

/// <summary>The tasks a staff member owns, overdue first; closing records who and when.</summary>
public sealed class TaskService(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time)
{
    public const string DecideOnNotification = "Tag stilling til underretning";

    public async Task<IReadOnlyList<TaskRow>> MyOpenTasksAsync(StaffMember owner, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var rows = await db.Tasks.AsNoTracking().Where(t => t.OwnerId == owner.Id && t.ClosedAt == null)
            .Join(db.Cases, t => t.CaseId, c => c.Id, (t, c) => new { Task = t, c.CaseNumber })
            .ToListAsync(ct);
        // An open underretning decision is a task for the case owner until it is made on the case.
        var owned = await db.Cases.AsNoTracking().Include(c => c.Citizen)
            .Where(c => c.Status != CaseStatus.Afsluttet && (c.ContactPersonId == owner.Id || (c.ContactPersonId == null && c.VisitatorId == owner.Id)))
            .ToListAsync(ct);
        var decisions = owned.Where(c => c.AwaitsChildrenDecision)
            .Select(c => new TaskRow(0, c.Id, c.CaseNumber, DecideOnNotification, c.OpenedAt, null, false));
        return rows
            .Select(r => new TaskRow(r.Task.Id, r.Task.CaseId, r.CaseNumber, r.Task.Title, r.Task.CreatedAt, r.Task.DueAt, r.Task.IsOverdue(now)))
            .Concat(decisions)
            .OrderByDescending(r => r.IsOverdue)
            .ThenBy(r => r.DueAt ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.CreatedAt)
            .ToList();
    }

    /// <summary>Staff who may own a task on a case: active case-working staff who can see it.</summary>
    public async Task<IReadOnlyList<StaffMember>> OwnersForAsync(int caseId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.Include(x => x.Shares).AsNoTracking().SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return [];
        var staff = await db.Staff.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Name).ToListAsync(ct);
        return staff.Where(s => s.Role.WorksWithCases() && CaseAccess.CanSee(c, s)).ToList();
    }

    public async Task<(bool Saved, FieldErrors Errors, string? Message)> CreateAsync(int caseId, TaskForm form, StaffMember by, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var owners = (await OwnersForAsync(caseId, ct)).Select(s => s.Id).ToHashSet();
        var errors = form.Validate(owners, Portal.Domain.Calendar.DanishTime.Today(now));
        if (!errors.IsValid) return (false, errors, null);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.Include(x => x.Shares).SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !CaseAccess.MayManage(c, by)) return (false, errors, "Kun sagens visitator eller kontaktperson opretter opgaver.");
        DateTimeOffset? due = null;
        if (form.Due is { } d)
        {
            var local = d.ToDateTime(new TimeOnly(16, 0));
            due = new DateTimeOffset(local, Portal.Domain.Calendar.DanishTime.Zone.GetUtcOffset(local));
        }
        var task = new CaseTask(caseId, form.OwnerId!.Value, form.Title!, TaskSource.Opfoelgning, now, due);
        db.Tasks.Add(task);
        await audit.SaveWithAuditAsync(db, by.Username, "task.create", caseId, $"Opgaven «{task.Title}» oprettet på sag {c.CaseNumber}.", ct);
        return (true, errors, null);
    }

    public async Task<string?> CloseAsync(int taskId, StaffMember by, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null) return "Opgaven findes ikke.";
        if (!task.IsOpen) return null;
        try
        {
            task.Close(by, time.GetUtcNow());
            await audit.SaveWithAuditAsync(db, by.Username, "task.close", task.CaseId, $"Opgaven «{task.Title}» lukket.", ct);
            return null;
        }
        catch (DomainRuleException e)
        {
            return e.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // someone closed it at the same moment: it is closed either way
        }
    }
}
