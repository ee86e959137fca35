using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;

namespace Portal.Tests.Data;

public class MigrationTests
{
    [Fact]
    public async Task Migrations_create_the_schema_from_an_empty_file_and_match_the_model()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(seed: false);
        await using var db = database.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a migration: run dotnet ef migrations add.");
        Assert.Equal(0, await db.Cases.CountAsync());
    }

    [Fact]
    public async Task The_database_runs_in_wal_mode_with_full_sync()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(seed: false);
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
        await using var database = await SqliteTestDatabase.CreateAsync();
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
        await using var database = await SqliteTestDatabase.CreateAsync();
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
}
