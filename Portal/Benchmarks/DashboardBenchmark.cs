using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Dashboards;
using Portal.Features.Dashboards;

namespace Portal.Benchmarks;

/// <summary>
/// <c>benchmark dashboard --db path [--runs 10]</c>: times every dashboard query and the whole page's data (current and
/// previous period) on a database, e.g. one made by <c>seed-synthetic</c>. Median of the runs after one warm-up, per scope:
/// one municipality for a quarter (a Leder's Monday view), the same for a year, and every municipality for a quarter.
/// </summary>
public static class DashboardBenchmark
{
    public static async Task<int> RunFromCommandLineAsync(string[] args)
    {
        var path = SyntheticData.Option(args, "--db") ?? throw new ArgumentException("Give the database file with --db <path>.");
        var runs = int.Parse(SyntheticData.Option(args, "--runs") ?? "10", CultureInfo.InvariantCulture);
        var builder = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={path};Mode=ReadOnly");
        // --sql prints every statement, to read with EXPLAIN QUERY PLAN when choosing indexes.
        if (args.Contains("--sql"))
            builder.LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
        var options = builder.Options;
        await using var db = new PortalDbContext(options);
        var cases = await db.Cases.CountAsync();
        // The median-sized municipality: neither the biggest nor a small one.
        var sizes = await db.Cases.GroupBy(c => c.OrganisationId).Select(g => new { g.Key, Count = g.Count() }).OrderBy(g => g.Count).ToListAsync();
        var municipality = sizes[sizes.Count / 2];
        var now = DateTimeOffset.UtcNow;
        var today = DanishTime.Today(now);
        Console.WriteLine($"Database {path}: {new FileInfo(path).Length / 1024.0 / 1024.0:F0} MB, {cases:N0} cases, {sizes.Count} municipalities; " +
                          $"the median municipality has {municipality.Count:N0} cases. Median of {runs} runs, {Environment.ProcessorCount} cores.");
        var scopes = new (string Name, DashboardFilter Filter)[]
        {
            ("one municipality, quarter", new DashboardFilter(ReportPeriod.Containing(PeriodKind.Kvartal, today), municipality.Key)),
            ("one municipality, year", new DashboardFilter(ReportPeriod.Containing(PeriodKind.Aar, today), municipality.Key)),
            ("all municipalities, quarter", new DashboardFilter(ReportPeriod.Containing(PeriodKind.Kvartal, today))),
        };
        foreach (var (name, filter) in scopes)
        {
            var scope = new DashboardScope(filter.Period, filter.OrganisationId, null, now, 1);
            Console.WriteLine();
            Console.WriteLine($"{name} ({filter.Period.Label})");
            Console.WriteLine($"  {"query",-22} {"median ms",10}");
            var queries = new (string, Func<Task>)[]
            {
                ("volume", () => DashboardQueries.VolumeAsync(db, scope)),
                ("speed", () => DashboardQueries.SpeedAsync(db, scope)),
                ("follow-through", () => DashboardQueries.FollowThroughAsync(db, scope)),
                ("risk", () => DashboardQueries.RiskAsync(db, scope)),
                ("load", () => DashboardQueries.LoadAsync(db, scope)),
                ("repeat", () => DashboardQueries.RepeatAsync(db, scope)),
                ("training", () => DashboardQueries.TrainingAsync(db, scope)),
                ("whole page (2 periods)", () => DashboardService.LoadAsync(db, filter, scope)),
            };
            foreach (var (query, run) in queries)
                Console.WriteLine($"  {query,-22} {await MedianAsync(run, runs),10:F1}");
        }
        return 0;
    }

    private static async Task<double> MedianAsync(Func<Task> run, int runs)
    {
        await run();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times.Count % 2 == 1 ? times[times.Count / 2] : (times[times.Count / 2 - 1] + times[times.Count / 2]) / 2;
    }
}
