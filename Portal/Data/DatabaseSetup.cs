using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

public static class DatabaseSetup
{
    /// <summary>The name every node shares, so a cookie protected on one node opens on another.</summary>
    public const string ApplicationName = "Portal";

    public static void AddPortalDatabase(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        if (DatabaseProviders.From(builder.Configuration) == DatabaseProvider.PostgreSql)
        {
            var connectionString = builder.Configuration.GetConnectionString("Portal")
                ?? throw new InvalidOperationException("Database:Provider er PostgreSql, men ConnectionStrings:Portal er ikke sat.");
            services.AddDbContextFactory<PostgreSqlPortalDbContext>(options => options.UseNpgsql(connectionString));
            services.AddSingleton<IDbContextFactory<PortalDbContext>>(sp =>
                new ProviderDbContextFactory<PostgreSqlPortalDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlPortalDbContext>>()));
            services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        }
        else
        {
            var connectionString = ResolveSqlitePath(ConfiguredConnectionString(builder.Configuration), builder.Environment.ContentRootPath);
            services.AddSingleton<SqlitePragmas>();
            services.AddDbContextFactory<PortalDbContext>((sp, options) => options
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<SqlitePragmas>()));
        }
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        // Keys in the database: every node reads the same key ring. At rest they are as safe as the database;
        // a deployment that wants more adds ProtectKeysWithCertificate here.
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<PortalDbContext>();
    }

    private static string ConfiguredConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Portal") ?? "Data Source=App_Data/portal.db";

    /// <summary>
    /// The app's data folder: the folder of the SQLite file (created if missing), or App_Data under the
    /// content root when the database is not a file (PostgreSQL, in-memory). Files that belong with the database live here.
    /// </summary>
    public static string DataFolder(IConfiguration configuration, string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "App_Data");
        if (DatabaseProviders.From(configuration) == DatabaseProvider.Sqlite)
        {
            var csb = new SqliteConnectionStringBuilder(ResolveSqlitePath(ConfiguredConnectionString(configuration), contentRoot));
            if (csb.DataSource is not ("" or ":memory:") && csb.Mode != SqliteOpenMode.Memory) folder = Path.GetDirectoryName(csb.DataSource)!;
        }
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A relative database file lives under the content root, and its folder is created.</summary>
    internal static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (csb.DataSource is not ("" or ":memory:") && csb.Mode != SqliteOpenMode.Memory)
        {
            if (!Path.IsPathRooted(csb.DataSource)) csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        }
        return csb.ToString();
    }

    /// <summary>
    /// Creates or migrates the database (SQLite switches to WAL) and seeds demo data when asked. Several nodes may
    /// start at once: on PostgreSQL the migration and the seeding run under one advisory lock, so only one does them.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, bool seedDemoData)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await using var startLock = await DatabaseLocks.TakeAsync(db, DatabaseLocks.StartUp);
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await SearchNameBackfill.RunAsync(db);
        await Portal.Features.HelpLines.HelpLineSeed.SeedAsync(db);
        if (seedDemoData && !await db.Staff.AnyAsync())
        {
            var time = services.GetRequiredService<TimeProvider>();
            var instruments = services.GetRequiredService<Portal.Features.Risk.InstrumentCatalog>();
            await DemoData.SeedAsync(db, time.GetUtcNow(), instruments.Current(Portal.Features.Risk.InstrumentCatalog.StalkingScreening));
        }
    }
}
