using System.Collections.Concurrent;

namespace Portal.Benchmarks.Circuits;

/// <summary>Errors by kind, with the first message of each kind.</summary>
internal sealed class BenchmarkErrors
{
    private readonly ConcurrentDictionary<string, ErrorKind> _kinds = new();

    public void Add(string kind, string? message)
    {
        var entry = _kinds.GetOrAdd(kind, _ => new ErrorKind(message));
        Interlocked.Increment(ref entry.Count);
    }

    public long Total => _kinds.Values.Sum(k => Interlocked.Read(ref k.Count));

    public IEnumerable<(string Kind, long Count, string? First)> ByKind() =>
        _kinds.OrderByDescending(k => k.Value.Count).Select(k => (k.Key, Interlocked.Read(ref k.Value.Count), k.Value.First));

    private sealed class ErrorKind(string? first)
    {
        public long Count;
        public string? First { get; } = first;
    }
}

/// <summary>Milliseconds, summarised by nearest-rank percentiles.</summary>
internal sealed class LatencySamples
{
    private readonly List<double> _values = [];

    public void Add(double milliseconds)
    {
        lock (_values) _values.Add(milliseconds);
    }

    public int Count
    {
        get { lock (_values) return _values.Count; }
    }

    public double Percentile(double p)
    {
        lock (_values)
        {
            if (_values.Count == 0) return double.NaN;
            var sorted = _values.Order().ToArray();
            var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
        }
    }

    public double Max
    {
        get { lock (_values) return _values.Count == 0 ? double.NaN : _values.Max(); }
    }
}

/// <summary>Counts the SignalR client's own warnings and errors (binding failures, missing handlers) as errors.</summary>
internal sealed class ErrorCountingLoggerProvider(BenchmarkErrors errors, bool echo) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CountingLogger(errors, echo, categoryName);

    public void Dispose()
    {
    }

    private sealed class CountingLogger(BenchmarkErrors errors, bool echo, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var message = formatter(state, exception);
            errors.Add("signalr-" + (eventId.Name ?? eventId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), message);
            if (echo) Console.Error.WriteLine($"[{logLevel}] {category}: {message}");
        }
    }
}
