using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;

namespace Portal.Tests.Data;

/// <summary>Upgrades of SQLite databases made by earlier versions; PostgreSQL starts from its own first migration.</summary>
[Trait("Category", "SqliteOnly")]
public class MigrationTests
{
    [Fact]
    public async Task Migrations_create_the_schema_from_an_empty_file_and_match_the_model()
    {
        await using var database = await TestDatabase.CreateAsync(seed: false);
        await using var db = database.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a migration: run dotnet ef migrations add.");
        Assert.Equal(0, await db.Cases.CountAsync());
    }

    [Fact]
    public async Task The_database_runs_in_wal_mode_with_full_sync()
    {
        await using var database = await TestDatabase.CreateAsync(seed: false);
        await using var db = database.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        await using var journal = connection.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await journal.ExecuteScalarAsync());

        await using var sync = connection.CreateCommand();
        sync.CommandText = "PRAGMA synchronous;";
        Assert.Equal(2L, (long?)await sync.ExecuteScalarAsync()); // 2 = FULL
    }

    [Fact]
    public async Task Demo_data_covers_every_kind_status_and_channel()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        var cases = await db.Cases.Include(c => c.Citizen).Include(c => c.Events).Include(c => c.Notes).ToListAsync();

        Assert.Equal(DemoData.CaseCount, cases.Count);
        Assert.InRange(await db.Staff.CountAsync(), 10, 14);
        Assert.Equal(Enum.GetValues<CaseKind>().Order(), cases.Select(c => c.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<CaseStatus>().Order(), cases.Select(c => c.Status).Distinct().Order());
        Assert.Equal(Enum.GetValues<EntryChannel>().Order(), cases.Select(c => c.EntryChannel).Distinct().Order());
        Assert.Contains(cases, c => c.Citizen.AddressProtected);
        Assert.Contains(cases, c => c.Citizen.HasChildren);
        Assert.All(cases, c => Assert.NotEmpty(c.Events));
        var now = database.Time.GetUtcNow();
        Assert.All(cases, c => Assert.InRange(c.OpenedAt, now.AddMonths(-18), now));
        Assert.All(cases.Where(c => c.Status == CaseStatus.IForloeb), c => Assert.NotNull(c.ContactPersonId));
    }

    [Fact]
    public async Task Shares_made_before_shares_had_a_reason_are_kept_and_run_out_in_three_months()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateDbContext())
        {
            var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            await migrator.MigrateAsync("20261202154541_CaseGateAndSessions"); // the table as it was: case, staff member, time
        }
        await using (var db = database.CreateDbContext())
        {
            var before = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"CaseShare\"").SingleAsync();
            Assert.True(before > 0);
            await db.Database.MigrateAsync();

            var shares = await db.Set<CaseShare>().AsNoTracking().ToListAsync();
            Assert.Equal(before, shares.Count);
            var inThreeMonths = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3);
            Assert.All(shares, s =>
            {
                Assert.Null(s.EndedAt);
                Assert.Equal(SharePart.HeleSagen, s.Part);
                Assert.InRange(s.Until, inThreeMonths.AddDays(-1), inThreeMonths.AddDays(1));
                Assert.StartsWith("Delt, før Portal registrerede begrundelse og slutdato.", s.Reason);
                Assert.NotEqual(Guid.Empty, s.Key);
                Assert.NotEqual("", s.StaffName);
            });
            Assert.Equal(shares.Count, shares.Select(s => s.Key).Distinct().Count());
        }
    }

    [Fact]
    public async Task One_record_each_marks_due_underretning_on_the_case_and_shipped_counselling_lines_as_examples()
    {
        await using var database = await TestDatabase.CreateAsync();
        int caseId;
        await using (var db = database.CreateDbContext())
        {
            caseId = (await db.Cases.Include(c => c.Citizen).Where(c => c.ChildrenDecision == null).ToListAsync())
                .First(c => c.Citizen.HasChildren).Id;
            var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            await migrator.MigrateAsync("20261202171232_CaseShares");
            // As before: the risk page stored "skal sendes" on the assessment only; help lines had no confirmation.
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"RiskAssessments\" SET \"ChildrenDecision\" = 'SkalUnderrettes' WHERE \"Id\" = (SELECT MAX(\"Id\") FROM \"RiskAssessments\" WHERE \"CaseId\" = {0})", caseId);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"RiskAssessments\" (\"CaseId\", \"InstrumentId\", \"InstrumentVersion\", \"AnswersJson\", \"Score\", \"ComputedLevel\", \"FinalLevel\", " +
                "\"AssessedById\", \"AssessedByName\", \"AssessedAt\", \"ChildrenDecision\") " +
                "SELECT {0}, 'partnervold-risiko', 1, '{{}}', 0, 'Lav', 'Lav', \"Id\", \"Name\", 0, 'SkalUnderrettes' FROM \"Staff\" LIMIT 1", caseId);
            foreach (var (name, number) in new[] { ("Lev Uden Vold", "1888"), ("Dansk Stalking Center", "25 17 73 74"), ("Alarm", "112"), ("Egen linje", "75 00 00 00") })
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"HelpLines\" (\"Name\", \"DiscreetName\", \"Number\", \"OpeningHours\", \"SortOrder\", \"Version\") VALUES ({0}, {0}, {1}, 'Døgnet rundt', 0, {2})",
                    name, number, Guid.NewGuid());
        }
        await using (var db = database.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            Assert.Equal(Portal.Domain.Risk.ChildWelfareDecision.SkalUnderrettes, (await db.Cases.SingleAsync(c => c.Id == caseId)).ChildrenDecision);
            Assert.Equal(Portal.Domain.Risk.ChildWelfareDecision.SkalUnderrettes,
                (await db.RiskAssessments.Where(r => r.CaseId == caseId).OrderBy(r => r.Id).LastAsync()).ChildrenDecision); // old answers stay readable
            var lines = await db.HelpLines.AsNoTracking().ToListAsync();
            Assert.Equal(["1888", "25 17 73 74"], lines.Where(h => h.NeedsConfirmation).Select(h => h.Number).Order());
        }
    }

    [Fact]
    public async Task Notes_events_and_tasks_written_before_their_explicit_kinds_get_them_from_their_old_texts()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateDbContext())
        {
            var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            await migrator.MigrateAsync("20261203091132_NationalScale"); // before JournalNotes.Kind, CaseEvents.ToStatus, TaskSource.Moedeindkaldelse
            // As before: the call for a meeting was known by its title only; a follow-up task of the same title is not one.
            foreach (var source in new[] { "Risikovurdering", "Opfoelgning" })
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO \"Tasks\" (\"CaseId\", \"OwnerId\", \"Title\", \"Source\", \"CreatedAt\", \"Version\") " +
                    "SELECT \"Id\", \"VisitatorId\", {0}, {1}, 0, {2} FROM \"Cases\" WHERE \"VisitatorId\" IS NOT NULL LIMIT 1",
                    Portal.Domain.Risk.RiskFollowUp.CallMeeting, source, Guid.NewGuid());
        }
        await using (var db = database.CreateDbContext())
        {
            await db.Database.MigrateAsync();

            var notes = await db.JournalNotes.AsNoTracking().ToListAsync();
            Assert.Contains(notes, n => n.Kind == JournalNoteKind.VisitationSummary);
            Assert.All(notes, n => Assert.Equal(n.Text.StartsWith("Stalkingvisitation", StringComparison.Ordinal), n.Kind == JournalNoteKind.VisitationSummary));

            var moves = await db.CaseEvents.AsNoTracking().Where(e => e.Kind == CaseEventKind.StatusChanged).ToListAsync();
            Assert.Contains(moves, e => e.ToStatus == CaseStatus.IForloeb);
            Assert.All(moves, e => Assert.Contains($" til {e.ToStatus!.Value.Danish()}.", e.Text));
            Assert.All(await db.CaseEvents.AsNoTracking().Where(e => e.Kind != CaseEventKind.StatusChanged).ToListAsync(), e => Assert.Null(e.ToStatus));

            Assert.Equal([Portal.Domain.Tasks.TaskSource.Moedeindkaldelse, Portal.Domain.Tasks.TaskSource.Opfoelgning],
                await db.Tasks.AsNoTracking().Where(t => t.Title == Portal.Domain.Risk.RiskFollowUp.CallMeeting).OrderBy(t => t.Id).Select(t => t.Source).ToListAsync());
        }
    }
}
