using Microsoft.EntityFrameworkCore;
using Portal.Domain.Validation;
using Portal.Domain.Training;
using Portal.Features.Cases;
using Portal.Features.Training;

namespace Portal.Tests.Data;

public class TrainingServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TrainingService _service = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _service = new TrainingService(_database, _database.Audit, _database.Time);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Recording_a_stalking_course_makes_the_contact_person_trained_for_the_ranking_and_removing_it_undoes_that()
    {
        var admin = await _database.StaffAsync("administrator.per");
        var fatima = await _database.StaffAsync("kontaktperson.fatima");
        Assert.Null(fatima.StalkingTrainedOn);

        var form = new TrainingForm { StaffMemberId = fatima.Id, Course = TrainingCourse.StalkingGrund, TrainedOn = new DateOnly(2026, 10, 5) };
        Assert.Equal(SaveStatus.Saved, (await _service.RecordAsync(form, admin)).Status);
        Assert.Equal(new DateOnly(2026, 10, 5), (await _database.StaffAsync("kontaktperson.fatima")).StalkingTrainedOn);

        var (rows, _) = await _service.ListAsync(admin);
        var row = Assert.Single(rows, r => r.StaffId == fatima.Id);
        Assert.Equal(new DateOnly(2028, 10, 5), row.RefresherDue);

        Assert.Equal(SaveStatus.Saved, (await _service.RemoveAsync(row.Id, admin)).Status);
        Assert.Null((await _database.StaffAsync("kontaktperson.fatima")).StalkingTrainedOn);
        await using var db = _database.CreateDbContext();
        Assert.Equal(["training.record", "training.remove"], await db.AuditEntries.Where(a => a.Actor == admin.Username).OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task A_leder_cannot_write_in_the_register_and_bad_input_changes_nothing()
    {
        var hanne = await _database.StaffAsync("leder.hanne");
        var refused = await _service.RecordAsync(new TrainingForm(), hanne);
        Assert.Equal(SaveStatus.Refused, refused.Status);
        Assert.Equal(TrainingService.NoAccessMessage, refused.Message);
        var admin = await _database.StaffAsync("administrator.per");
        var invalid = await _service.RecordAsync(new TrainingForm { Course = TrainingCourse.Partnervold }, admin);
        Assert.Equal(SaveStatus.Invalid, invalid.Status);
        Assert.Equal("Vælg medarbejderen.", invalid.Errors["StaffMemberId"]);
        await using var db = _database.CreateDbContext();
        Assert.Equal(await db.Staff.CountAsync(s => s.StalkingTrainedOn != null) + 1, await db.TrainingRecords.CountAsync()); // only the seeded register
    }
}
