using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Meetings;
using Portal.Domain.Staff;
using Portal.Domain.Tasks;
using Portal.Domain.Validation;
using Portal.Features.Cases;
using Portal.Security;

namespace Portal.Features.Meetings;

public sealed record MeetingAction(string What, string OwnerName, DateTimeOffset? DueAt, DateTimeOffset? ClosedAt, string? ClosedByName);

public sealed record MeetingView(CooperationMeeting Meeting, IReadOnlyList<MeetingAction> Actions);

/// <summary>Cooperation meetings on a case; every agreed action becomes a task on its owner's overview.</summary>
public sealed class MeetingService(CaseGate gate)
{
    public async Task<(CaseView? Case, IReadOnlyList<MeetingView> Meetings, IReadOnlyList<StaffMember> Owners)> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(CaseKey.Case(caseId), viewer, "meetings", async scope =>
        {
            var db = scope.Db;
            var meetings = await db.Meetings.AsNoTracking().Where(m => m.CaseId == caseId).OrderByDescending(m => m.HeldAt).ToListAsync(ct);
            var tasks = await db.Tasks.AsNoTracking().Where(t => t.CaseId == caseId && t.Source == TaskSource.Samarbejdsmoede)
                .Join(db.Staff, t => t.OwnerId, s => s.Id, (t, s) => new { Task = t, Owner = s.Name }).ToListAsync(ct);
            var owners = await OwnersAsync(db, ct);
            var views = meetings.Select(m => new MeetingView(m, tasks
                .Where(t => t.Task.SourceId == m.RequestId)
                .Select(t => new MeetingAction(t.Task.Title, t.Owner, t.Task.DueAt, t.Task.ClosedAt, t.Task.ClosedByName)).ToList())).ToList();
            return (CaseView.For(scope.Case, viewer, scope.Now, scope.ByEmergencyAccess), (IReadOnlyList<MeetingView>)views, owners);
        }, ct, full: true);
        return result.IsSaved ? result.Value : (null, [], []);
    }

    private static async Task<IReadOnlyList<StaffMember>> OwnersAsync(PortalDbContext db, CancellationToken ct) =>
        await db.Staff.AsNoTracking().Where(s => s.IsActive && s.Role != Role.Fagperson && s.Role != Role.Administrator)
            .OrderBy(s => s.Name).ToListAsync(ct);

    public async Task<SaveResult<bool>> RecordAsync(int caseId, MeetingForm form, StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        return await gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "meeting.record", async scope =>
        {
            var db = scope.Db;
            var owners = (await OwnersAsync(db, ct)).Select(s => s.Id).ToHashSet();
            var errors = form.Validate(owners);
            if (!errors.IsValid) return new Change<bool>.Invalid(errors);
            if (await db.Meetings.AnyAsync(m => m.RequestId == requestId, ct)) return new Change<bool>.Unchanged(true);
            var (meeting, tasks) = CooperationMeeting.Record(scope.Case, form, by, owners, DanishTime.Zone, scope.Now, requestId);
            db.Meetings.Add(meeting);
            db.Tasks.AddRange(tasks);
            // The meeting that was asked for has now been held.
            foreach (var call in await db.Tasks.Where(t => t.CaseId == caseId && t.ClosedAt == null && t.Source == TaskSource.Moedeindkaldelse).ToListAsync(ct))
                call.Close(by.Role == Role.Visitator ? by : await db.Staff.SingleAsync(s => s.Id == call.OwnerId, ct), scope.Now);
            scope.RepeatValue = true;
            return new Change<bool>.Save(true, $"Samarbejdsmøde registreret på sag {scope.Case.CaseNumber} med {tasks.Count} handlinger.");
        }, ct, CaseOperation.Manage, full: true);
    }
}
