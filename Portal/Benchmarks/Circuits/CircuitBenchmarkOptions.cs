using System.Globalization;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// <c>--url http://127.0.0.1:5143 --circuits 2000 [--users a,b] [--page /sager[,/sager/1]] [--clicks 5] [--click TEXT] [--think ms]
/// [--ramp per-second] [--concurrency n] [--hold seconds] [--expect TEXT] [--server-pid PID] [--list-handlers] [--verbose]</c>
/// </summary>
internal sealed record CircuitBenchmarkOptions
{
    public Uri Url { get; init; } = new("http://127.0.0.1:5143/");
    public int Circuits { get; init; } = 20;
    public IReadOnlyList<string> Users { get; init; } = ["visitator.mette"];
    /// <summary>Pages to open, given comma-separated; circuit i opens page i mod count.</summary>
    public IReadOnlyList<string> Pages { get; init; } = ["/sager"];
    /// <summary>Clicks per held circuit, one after another with a think time between.</summary>
    public int Clicks { get; init; } = 5;
    /// <summary>Text in the label of the element to click; empty: the first button with a label.</summary>
    public string? Click { get; init; }
    public int ThinkMilliseconds { get; init; } = 2000;
    /// <summary>Circuits started per second.</summary>
    public double Ramp { get; init; } = 50;
    /// <summary>Circuits being opened at once (page GET, connect, start, first render).</summary>
    public int Concurrency { get; init; } = 32;
    public int HoldSeconds { get; init; } = 5;
    /// <summary>Text the page must show for a circuit to count as rendered (the string table's text, e.g. a heading).</summary>
    public string? Expect { get; init; }
    public int? ServerPid { get; init; }
    public bool ListHandlers { get; init; }
    public bool Verbose { get; init; }
    public int OpenTimeoutSeconds { get; init; } = 60;
    public int ClickTimeoutSeconds { get; init; } = 15;

    public static CircuitBenchmarkOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        var defaults = new CircuitBenchmarkOptions();
        var url = Value("--url") ?? defaults.Url.ToString();
        return new CircuitBenchmarkOptions
        {
            Url = new Uri(url.EndsWith('/') ? url : url + "/"),
            Circuits = Int("--circuits", defaults.Circuits),
            Users = Value("--users") is { } users ? users.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : defaults.Users,
            Pages = Value("--page") is { } pages ? pages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : defaults.Pages,
            Clicks = Int("--clicks", defaults.Clicks),
            Click = Value("--click"),
            ThinkMilliseconds = Int("--think", defaults.ThinkMilliseconds),
            Ramp = Value("--ramp") is { } r ? double.Parse(r, CultureInfo.InvariantCulture) : defaults.Ramp,
            Concurrency = Int("--concurrency", defaults.Concurrency),
            HoldSeconds = Int("--hold", defaults.HoldSeconds),
            Expect = Value("--expect"),
            ServerPid = Value("--server-pid") is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            ListHandlers = args.Contains("--list-handlers"),
            Verbose = args.Contains("--verbose"),
            OpenTimeoutSeconds = Int("--open-timeout", defaults.OpenTimeoutSeconds),
            ClickTimeoutSeconds = Int("--click-timeout", defaults.ClickTimeoutSeconds),
        };
    }
}
