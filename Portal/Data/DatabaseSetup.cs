using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

public static class DatabaseSetup
{
    public static void AddPortalDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = ResolveSqlitePath(ConfiguredConnectionString(builder.Configuration), builder.Environment.ContentRootPath);
        builder.Services.AddSingleton<SqlitePragmas>();
        builder.Services.AddDbContextFactory<PortalDbContext>((sp, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(sp.GetRequiredService<SqlitePragmas>()));
        builder.Services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
    }

    private static string ConfiguredConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Portal") ?? "Data Source=App_Data/portal.db";

    /// <summary>
    /// The app's data folder: the folder of the SQLite file (created if missing), or App_Data under the
    /// content root when the database is not a file. Files that belong with the database live here.
    /// </summary>
    public static string DataFolder(IConfiguration configuration, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(ResolveSqlitePath(ConfiguredConnectionString(configuration), contentRoot));
        var folder = csb.DataSource is not ("" or ":memory:") && csb.Mode != SqliteOpenMode.Memory
            ? Path.GetDirectoryName(csb.DataSource)!
            : Path.Combine(contentRoot, "App_Data");
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

    /// <summary>Creates or migrates the database, switches it to WAL, and seeds demo data when asked.</summary>
    public static async Task MigrateAsync(IServiceProvider services, bool seedDemoData)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await Portal.Features.HelpLines.HelpLineSeed.SeedAsync(db);
        if (seedDemoData && !await db.Staff.AnyAsync())
        {
            var time = services.GetRequiredService<TimeProvider>();
            var instruments = services.GetRequiredService<Portal.Features.Risk.InstrumentCatalog>();
            await DemoData.SeedAsync(db, time.GetUtcNow(), instruments.Current(Portal.Features.Risk.InstrumentCatalog.StalkingScreening));
        }
    }
}
