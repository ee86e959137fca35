using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Meetings;
using Portal.Domain.Risk;
using Portal.Domain.Staff;
using Portal.Domain.Tasks;
using Portal.Domain.Validation;
using Portal.Features.Cases;
using Portal.Security;

namespace Portal.Features.Meetings;

public sealed record MeetingAction(string What, string OwnerName, DateTimeOffset? DueAt, DateTimeOffset? ClosedAt, string? ClosedByName);

public sealed record MeetingView(CooperationMeeting Meeting, IReadOnlyList<MeetingAction> Actions);

/// <summary>Cooperation meetings on a case; every agreed action becomes a task on its owner's overview.</summary>
public sealed class MeetingService(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time)
{
    public async Task<(CaseView? Case, IReadOnlyList<MeetingView> Meetings, IReadOnlyList<StaffMember> Owners)> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await CaseLoading.LoadAsync(db, caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, viewer))
        {
            await audit.RecordAsync(viewer.Username, "meetings.denied", c?.Id, "Forsøg på at åbne samarbejdsmøder uden adgang.", ct);
            return (null, [], []);
        }
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.CaseId == caseId).OrderByDescending(m => m.HeldAt).ToListAsync(ct);
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.CaseId == caseId && t.Source == TaskSource.Samarbejdsmoede)
            .Join(db.Staff, t => t.OwnerId, s => s.Id, (t, s) => new { Task = t, Owner = s.Name }).ToListAsync(ct);
        var owners = await db.Staff.AsNoTracking().Where(s => s.IsActive && s.Role != Role.Fagperson && s.Role != Role.Administrator)
            .OrderBy(s => s.Name).ToListAsync(ct);
        await audit.RecordAsync(viewer.Username, "meetings.read", caseId, $"Samarbejdsmøder på sag {c.CaseNumber} åbnet.", ct);
        var views = meetings.Select(m => new MeetingView(m, tasks
            .Where(t => t.Task.SourceId == m.RequestId)
            .Select(t => new MeetingAction(t.Task.Title, t.Owner, t.Task.DueAt, t.Task.ClosedAt, t.Task.ClosedByName)).ToList())).ToList();
        return (CaseView.For(c, viewer), views, owners);
    }

    public async Task<(bool Saved, FieldErrors Errors, string? Message)> RecordAsync(int caseId, MeetingForm form, StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var owners = (await db.Staff.AsNoTracking().Where(s => s.IsActive && s.Role != Role.Fagperson && s.Role != Role.Administrator)
            .Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        var errors = form.Validate(owners);
        if (!errors.IsValid) return (false, errors, null);
        var c = await CaseLoading.LoadAsync(db, caseId, ct, tracking: true);
        if (c is null || !CaseAccess.MayManage(c, by)) return (false, errors, "Kun sagens visitator eller kontaktperson registrerer samarbejdsmøder.");
        if (await db.Meetings.AnyAsync(m => m.RequestId == requestId, ct)) return (true, errors, null);

        var now = time.GetUtcNow();
        var (meeting, tasks) = CooperationMeeting.Record(c, form, by, owners, DanishTime.Zone, now, requestId);
        db.Meetings.Add(meeting);
        db.Tasks.AddRange(tasks);
        // The meeting that was asked for has now been held.
        foreach (var call in await db.Tasks.Where(t => t.CaseId == caseId && t.ClosedAt == null && t.Title == RiskFollowUp.CallMeeting).ToListAsync(ct))
            call.Close(by.Role == Role.Visitator ? by : await db.Staff.SingleAsync(s => s.Id == call.OwnerId, ct), now);
        await audit.SaveWithAuditAsync(db, by.Username, "meeting.record", caseId, $"Samarbejdsmøde registreret på sag {c.CaseNumber} med {tasks.Count} handlinger.", ct);
        return (true, errors, null);
    }
}
