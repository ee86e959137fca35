using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Staff;
using Portal.Domain.Training;
using Portal.Domain.Validation;
using Portal.Security;

namespace Portal.Features.Training;

public sealed record TrainingRow(int Id, int StaffId, string StaffName, string Department, TrainingCourse Course, DateOnly TrainedOn, DateOnly RefresherDue,
    string RecordedByName, DateTimeOffset RecordedAt);

public sealed record TrainingStaffChoice(int Id, string Name, string Department, Role Role);

/// <summary>
/// The trained-staff register (uddannelsesregistret), kept by administrators. The contact-person ranking reads a staff
/// member's latest stalking course from it: it is copied onto the staff member in the same save.
/// </summary>
public sealed class TrainingService(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time)
{
    public const string NoAccessMessage = "Kun administratorer fører uddannelsesregistret.";

    public async Task<(IReadOnlyList<TrainingRow> Rows, IReadOnlyList<TrainingStaffChoice> Staff)> ListAsync(StaffMember admin, CancellationToken ct = default)
    {
        if (!admin.May(Capability.Administer)) return ([], []);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.TrainingRecords.AsNoTracking()
            .Join(db.Staff, r => r.StaffMemberId, s => s.Id, (r, s) => new TrainingRow(r.Id, s.Id, s.Name, s.Department, r.Course, r.TrainedOn, r.RefresherDue, r.RecordedByName, r.RecordedAt))
            .ToListAsync(ct);
        var staff = await db.Staff.AsNoTracking().Where(s => s.IsActive).Select(s => new TrainingStaffChoice(s.Id, s.Name, s.Department, s.Role)).ToListAsync(ct);
        var danish = Portal.Components.Formatting.DanishFormat.Sorting;
        return (rows.OrderByDescending(r => r.TrainedOn).ThenBy(r => r.StaffName, danish).ToList(), staff.OrderBy(s => s.Name, danish).ToList());
    }

    public async Task<SaveResult<bool>> RecordAsync(TrainingForm form, StaffMember admin, CancellationToken ct = default)
    {
        if (!admin.May(Capability.Administer)) return SaveResult<bool>.Refused(NoAccessMessage);
        var now = time.GetUtcNow();
        var errors = form.Validate(DanishTime.Today(now));
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var staff = await db.Staff.SingleOrDefaultAsync(s => s.Id == form.StaffMemberId, ct);
        if (staff is null) return SaveResult<bool>.Refused("Medarbejderen findes ikke.");
        var record = TrainingRecord.Record(form, staff, admin, DanishTime.Today(now), now);
        db.TrainingRecords.Add(record);
        await ApplyToStaffAsync(db, staff, added: record, ct: ct);
        await audit.SaveWithAuditAsync(db, admin.Username, "training.record", null,
            $"Uddannelse registreret: {staff.Name}, {record.Course.Danish()}, {record.TrainedOn:dd-MM-yyyy}, genopfriskning {record.RefresherDue:dd-MM-yyyy}.", ct);
        return SaveResult<bool>.Saved(true);
    }

    /// <summary>Removes an entry made by mistake; the audit trail keeps what it said.</summary>
    public async Task<SaveResult<bool>> RemoveAsync(int id, StaffMember admin, CancellationToken ct = default)
    {
        if (!admin.May(Capability.Administer)) return SaveResult<bool>.Refused(NoAccessMessage);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var record = await db.TrainingRecords.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (record is null) return SaveResult<bool>.Saved(true);
        var staff = await db.Staff.SingleAsync(s => s.Id == record.StaffMemberId, ct);
        db.TrainingRecords.Remove(record);
        await ApplyToStaffAsync(db, staff, removed: record, ct: ct);
        await audit.SaveWithAuditAsync(db, admin.Username, "training.remove", null,
            $"Uddannelse fjernet fra registret: {staff.Name}, {record.Course.Danish()}, {record.TrainedOn:dd-MM-yyyy}.", ct);
        return SaveResult<bool>.Saved(true);
    }

    private static async Task ApplyToStaffAsync(PortalDbContext db, StaffMember staff, TrainingRecord? added = null, TrainingRecord? removed = null, CancellationToken ct = default)
    {
        var records = await db.TrainingRecords.Where(r => r.StaffMemberId == staff.Id).ToListAsync(ct);
        if (added is not null) records.Add(added);
        if (removed is not null) records.RemoveAll(r => r.Id == removed.Id);
        staff.StalkingTrainedOn = TrainingRecord.LatestStalkingTraining(records);
    }
}
