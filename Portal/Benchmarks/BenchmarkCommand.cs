using Portal.Benchmarks.Circuits;

namespace Portal.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project Portal -- benchmark &lt;name&gt; …</c>: every benchmark mode behind one command.
/// Not tests: timings depend on the machine.
/// </summary>
public static class BenchmarkCommand
{
    private sealed record Mode(string Name, string Arguments, Func<string[], Task<int>> Run);

    private static readonly Mode[] Modes =
    [
        new("pdf", "[renders] [file|-] [language]", args => Task.FromResult(DocumentBenchmark.RunFromCommandLine(args))),
        new("dashboard", "--db <path> [--runs 10] [--sql]", DashboardBenchmark.RunFromCommandLineAsync),
        new("circuits", "--url <address> --circuits <n> [options]", CircuitBenchmark.RunFromCommandLineAsync),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Modes.Select(m => m.Name)];

    public static string Usage =>
        "Usage: benchmark <name> …\n" + string.Concat(Modes.Select(m => $"  benchmark {m.Name} {m.Arguments}\n"));

    /// <summary>Runs the mode named first in <paramref name="args"/>; exit code 2 with the usage text when there is none such.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? error = null)
    {
        if (args is [var name, .. var rest] && Modes.FirstOrDefault(m => m.Name == name) is { } mode)
            return await mode.Run(rest);
        (error ?? Console.Error).Write(Usage);
        return 2;
    }
}
