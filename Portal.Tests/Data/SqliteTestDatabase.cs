using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Portal.Data;
using Portal.Security;

namespace Portal.Tests.Data;

/// <summary>A real SQLite file in a temp folder, migrated like the app does at start-up.</summary>
public sealed class SqliteTestDatabase : IDbContextFactory<PortalDbContext>, IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-test-").FullName;
    private readonly DbContextOptions<PortalDbContext> _options;

    public SqliteTestDatabase()
    {
        Path = System.IO.Path.Combine(_folder, "portal.db");
        _options = new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite($"Data Source={Path};Pooling=False")
            .AddInterceptors(new SqlitePragmas())
            .Options;
        AuditSettings = new AuditSettings(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), System.IO.Path.Combine(_folder, "audit-anchor.log"));
        Audit = new AuditLog(this, Time, AuditSettings);
        Gate = new CaseGate(this, Audit, Time, new EmergencyAccessSettings(TimeSpan.FromMinutes(60)));
    }

    public string Path { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    public AuditSettings AuditSettings { get; }
    public AuditLog Audit { get; }
    public CaseGate Gate { get; }

    public string Folder => _folder;

    public PortalDbContext CreateDbContext() => new(_options);

    public async Task<Portal.Domain.Staff.StaffMember> StaffAsync(string username)
    {
        await using var db = CreateDbContext();
        return await db.Staff.AsNoTracking().SingleAsync(s => s.Username == username);
    }

    public static async Task<SqliteTestDatabase> CreateAsync(bool seed = true)
    {
        var db = new SqliteTestDatabase();
        await using var context = db.CreateDbContext();
        await context.Database.MigrateAsync();
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        if (seed) await DemoData.SeedAsync(context, db.Time.GetUtcNow(), Portal.Features.Risk.InstrumentCatalog.FromAppFolder().Current("stalking-screening"));
        return db;
    }

    public ValueTask DisposeAsync()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
