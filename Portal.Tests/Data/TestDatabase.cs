using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Portal.Data;
using Portal.Security;

namespace Portal.Tests.Data;

/// <summary>
/// A real, migrated database per test, as the app has at start-up: a SQLite file in a temp folder, or — when
/// <c>PORTAL_TEST_PROVIDER=PostgreSql</c> (test.sh's second run) — a new database on the PostgreSQL server in
/// <c>PORTAL_TEST_POSTGRES</c>. The tests are the same; only this fixture knows the provider.
/// </summary>
public sealed class TestDatabase : IDbContextFactory<PortalDbContext>, IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-test-").FullName;
    private readonly DbContextOptions<PortalDbContext>? _sqlite;
    private readonly DbContextOptions<PostgreSqlPortalDbContext>? _postgres;
    private readonly string? _postgresName;

    private TestDatabase(string? postgresName)
    {
        Path = System.IO.Path.Combine(_folder, "portal.db");
        _postgresName = postgresName;
        if (postgresName is null)
        {
            _sqlite = new DbContextOptionsBuilder<PortalDbContext>()
                .UseSqlite($"Data Source={Path};Pooling=False")
                .AddInterceptors(new SqlitePragmas())
                .Options;
        }
        else
        {
            _postgres = PostgresServer.Options(postgresName);
        }
        AuditSettings = new AuditSettings(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), System.IO.Path.Combine(_folder, "audit-anchor.log"),
            postgresName is null ? Portal.Domain.Audit.AnchorScope.AllWriters : Portal.Domain.Audit.AnchorScope.ThisNode);
        Audit = new AuditLog(this, Time, AuditSettings);
        Gate = new CaseGate(this, Audit, Time, new EmergencyAccessSettings(TimeSpan.FromMinutes(60)));
    }

    public static bool OnPostgreSql => string.Equals(Environment.GetEnvironmentVariable("PORTAL_TEST_PROVIDER"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    /// <summary>The SQLite file (SQLite only).</summary>
    public string Path { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    public AuditSettings AuditSettings { get; }
    public AuditLog Audit { get; }
    public CaseGate Gate { get; }

    public string Folder => _folder;

    /// <summary>Command-line settings that point the app at this database.</summary>
    public string[] AppArguments => _postgresName is null
        ? [$"--ConnectionStrings:Portal=Data Source={Path};Pooling=False"]
        : ["--Database:Provider=PostgreSql", $"--ConnectionStrings:Portal={PostgresServer.ConnectionString(_postgresName)}"];

    public PortalDbContext CreateDbContext() => _sqlite is not null ? new PortalDbContext(_sqlite) : new PostgreSqlPortalDbContext(_postgres!);

    public async Task<Portal.Domain.Staff.StaffMember> StaffAsync(string username)
    {
        await using var db = CreateDbContext();
        return await db.Staff.AsNoTracking().SingleAsync(s => s.Username == username);
    }

    public static async Task<TestDatabase> CreateAsync(bool seed = true)
    {
        if (OnPostgreSql)
        {
            // A copy of a template migrated (and seeded) once per test run: CREATE DATABASE … TEMPLATE is a file copy.
            var name = await PostgresServer.CopyOfTemplateAsync(seed);
            return new TestDatabase(name);
        }
        var db = new TestDatabase(null);
        await using var context = db.CreateDbContext();
        await Migrate(context, seed, db.Time.GetUtcNow());
        return db;
    }

    internal static async Task Migrate(PortalDbContext context, bool seed, DateTimeOffset now)
    {
        await context.Database.MigrateAsync();
        if (context.Database.IsSqlite()) await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        if (seed) await DemoData.SeedAsync(context, now, Portal.Features.Risk.InstrumentCatalog.FromAppFolder().Current("stalking-screening"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null) await PostgresServer.DropAsync(_postgresName);
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The PostgreSQL server test.sh starts: its connection string, and databases made and dropped on it.</summary>
public static class PostgresServer
{
    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static readonly Dictionary<bool, string> Templates = [];

    public static string ServerConnectionString => Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES")
        ?? throw new InvalidOperationException("PORTAL_TEST_POSTGRES er ikke sat: kør testene med ./test.sh, som starter en PostgreSQL-server.");

    /// <summary>No pooling: a test database is dropped at the end, and idle pooled connections would keep it open.</summary>
    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Pooling = false }.ConnectionString;

    public static DbContextOptions<PostgreSqlPortalDbContext> Options(string database) =>
        new DbContextOptionsBuilder<PostgreSqlPortalDbContext>().UseNpgsql(ConnectionString(database)).Options;

    public static async Task<string> CreateEmptyAsync()
    {
        var name = "portal_test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync($"CREATE DATABASE {name}");
        return name;
    }

    public static async Task<string> CopyOfTemplateAsync(bool seeded)
    {
        string template;
        await TemplateGate.WaitAsync();
        try
        {
            if (!Templates.TryGetValue(seeded, out var made))
            {
                made = await CreateEmptyAsync();
                await using (var context = new PostgreSqlPortalDbContext(Options(made)))
                    await TestDatabase.Migrate(context, seeded, new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
                Templates[seeded] = made;
            }
            template = made;
            var name = "portal_test_" + Guid.NewGuid().ToString("N")[..16];
            // Copies are made one at a time: a template may have no other session while it is copied.
            await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {template}");
            return name;
        }
        finally
        {
            TemplateGate.Release();
        }
    }

    public static Task DropAsync(string database) => ExecuteAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
