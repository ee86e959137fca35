using System.Diagnostics;
using System.Globalization;

namespace Portal.Benchmarks.Circuits;

/// <summary>
/// <c>benchmark circuits --url … --circuits N</c>: opens N real Blazor Server circuits on a page (signed in as demo users),
/// holds them all open at once, clicks a button on each a few times, and prints circuits held, render batches,
/// click-to-render latency (time from dispatching the click to the next render batch), errors by kind and server memory per circuit.
/// Exit code 0 when at least one circuit was held and rendered.
/// </summary>
public static class CircuitBenchmark
{
    public static async Task<int> RunFromCommandLineAsync(string[] args)
    {
        var options = CircuitBenchmarkOptions.Parse(args);
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
        return (await RunAsync(options, cts.Token)).Succeeded ? 0 : 1;
    }

    /// <summary>The same run from code (the end-to-end test runs 20 circuits against the real app).</summary>
    public static Task<CircuitBenchmarkResult> RunAsync(string[] args, CancellationToken ct = default) => RunAsync(CircuitBenchmarkOptions.Parse(args), ct);

    private static async Task<CircuitBenchmarkResult> RunAsync(CircuitBenchmarkOptions options, CancellationToken ct)
    {
        var errors = new BenchmarkErrors();
        var openTimes = new LatencySamples();
        var clickTimes = new LatencySamples();
        using var plain = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        Print($"url: {options.Url} page: {string.Join(',', options.Pages)} circuits: {options.Circuits} users: {string.Join(',', options.Users)}");

        var users = new List<PortalSignIn>();
        var circuits = new BlazorCircuit?[options.Circuits];
        try
        {
            foreach (var name in options.Users)
                users.Add(await PortalSignIn.SignInAsync(options.Url, name, options.Pages[0], ct));

            var before = await ServerMemoryProbe.SampleAsync(plain, options.Url, options.ServerPid, ct);

            // Open: started at the ramp's pace, at most `concurrency` opening at once.
            var clock = Stopwatch.StartNew();
            using var gate = new SemaphoreSlim(options.Concurrency);
            var opening = new List<Task>();
            for (var i = 0; i < options.Circuits; i++)
            {
                var due = TimeSpan.FromSeconds(i / options.Ramp);
                if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed, ct);
                await gate.WaitAsync(ct);
                var index = i;
                opening.Add(Task.Run(async () =>
                {
                    try
                    {
                        circuits[index] = await OpenAsync(users[index % users.Count], options.Pages[index % options.Pages.Count], options, errors, openTimes, ct);
                    }
                    finally
                    {
                        gate.Release();
                    }
                }, ct));
            }
            await Task.WhenAll(opening);
            var openSeconds = clock.Elapsed.TotalSeconds;
            var open = circuits.OfType<BlazorCircuit>().ToList();

            // Let the pages finish their loading renders before counting and measuring.
            await Task.WhenAll(open.Select(c => c.SettleAsync(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(20), ct)));
            var held = open.Where(c => c.Connected && c.Rendered).ToList();
            var showing = options.Expect is { } expect ? held.Count(c => c.Shows(expect)) : (int?)null;
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            var heldMemory = await ServerMemoryProbe.SampleAsync(plain, options.Url, options.ServerPid, ct);

            if (options.ListHandlers && held.FirstOrDefault() is { } first)
            {
                foreach (var h in first.ClickHandlers()) Print($"  click handler {h.Id} <{h.Element}> \"{h.Label}\"");
            }
            if (options.Verbose && held.FirstOrDefault() is { } sample)
            {
                lock (sample.JsIdentifiers)
                    foreach (var (identifier, count) in sample.JsIdentifiers.OrderByDescending(p => p.Value)) Print($"  js call {identifier}: {count}");
            }

            if (options.HoldSeconds > 0) await Task.Delay(TimeSpan.FromSeconds(options.HoldSeconds), ct);
            var stillHeld = held.Count(c => c.Connected);

            // Clicks: every held circuit clicks `clicks` times, each after a random share of the think time.
            var clickClock = Stopwatch.StartNew();
            long clicked = 0;
            await Task.WhenAll(held.Select(c => Task.Run(async () =>
            {
                var random = new Random(c.GetHashCode());
                for (var k = 0; k < options.Clicks && c.Connected; k++)
                {
                    await Task.Delay(random.Next(options.ThinkMilliseconds / 2, Math.Max(options.ThinkMilliseconds, 1) * 3 / 2 + 1), ct);
                    if (c.FindClick(options.Click) is not { } target)
                    {
                        errors.Add("click-no-target", options.Click ?? "(a labelled button)");
                        continue;
                    }
                    try
                    {
                        var ms = await c.ClickAsync(target, TimeSpan.FromSeconds(options.ClickTimeoutSeconds), ct);
                        Interlocked.Increment(ref clicked);
                        if (ms is { } value) clickTimes.Add(value);
                        else errors.Add("click-no-render", $"\"{target.Label}\" within {options.ClickTimeoutSeconds} s");
                        // Let the click's follow-up renders (a grid's loading, then its rows) come before the next click.
                        await c.SettleAsync(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), ct);
                    }
                    catch (Exception ex) when (ex is InvalidOperationException or IOException)
                    {
                        errors.Add("click-failed", ex.Message);
                    }
                }
            }, ct)));
            var clickSeconds = clickClock.Elapsed.TotalSeconds;
            var heldAfterClicks = held.Count(c => c.Connected);
            if (options.ListHandlers && options.Clicks > 0 && held.FirstOrDefault() is { } clickedFirst)
            {
                foreach (var h in clickedFirst.ClickHandlers().Take(200)) Print($"  after clicks: click handler {h.Id} <{h.Element}> \"{h.Label}\"");
            }

            Report(options, open, held.Count, stillHeld, heldAfterClicks, showing, openSeconds, openTimes, clicked, clickSeconds, clickTimes,
                errors, before, heldMemory);
            return new CircuitBenchmarkResult(held.Count, held.Sum(c => Interlocked.Read(ref c.RenderBatches)), clickTimes.Count, errors.Total,
                showing, heldMemory?.Circuits);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or OperationCanceledException)
        {
            Print($"failed: {ex.GetType().Name}: {ex.Message}");
            foreach (var (kind, count, firstMessage) in errors.ByKind()) Print($"error {kind}: {count} (first: {firstMessage})");
            return new CircuitBenchmarkResult(0, 0, 0, errors.Total + 1, null, null);
        }
        finally
        {
            using var closing = new SemaphoreSlim(64);
            await Task.WhenAll(circuits.OfType<BlazorCircuit>().Select(async c =>
            {
                await closing.WaitAsync(CancellationToken.None);
                try { await c.DisposeAsync(); }
                finally { closing.Release(); }
            }));
            foreach (var user in users) user.Dispose();
        }
    }

    private static async Task<BlazorCircuit?> OpenAsync(PortalSignIn user, string path, CircuitBenchmarkOptions options, BenchmarkErrors errors,
        LatencySamples openTimes, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        ServerPage page;
        try
        {
            page = await user.GetPageAsync(path, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            errors.Add("page-get", ex.Message);
            return null;
        }
        if (page.Markers.Count == 0)
        {
            errors.Add("no-server-markers", path);
            return null;
        }
        var circuit = new BlazorCircuit(user, errors, options.Verbose);
        try
        {
            await circuit.StartAsync(page, TimeSpan.FromSeconds(options.OpenTimeoutSeconds), ct);
            openTimes.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            return circuit;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            errors.Add(ex is OperationCanceledException ? "open-timeout" : "open-failed", ex.Message);
            await circuit.DisposeAsync();
            return null;
        }
    }

    private static void Report(CircuitBenchmarkOptions options, List<BlazorCircuit> open, int held, int stillHeld, int heldAfterClicks,
        int? showing, double openSeconds, LatencySamples openTimes, long clicked, double clickSeconds, LatencySamples clickTimes,
        BenchmarkErrors errors, MemorySample? before, MemorySample? heldMemory)
    {
        Print($"circuits opened: {open.Count} of {options.Circuits} in {openSeconds:0.0} s");
        Print($"circuits held: {held} (simultaneously open and rendered); after {options.HoldSeconds} s hold: {stillHeld}; after clicks: {heldAfterClicks}");
        if (showing is { } s) Print($"circuits showing \"{options.Expect}\": {s}");
        Print($"render batches: {open.Sum(c => Interlocked.Read(ref c.RenderBatches))} ({open.Sum(c => Interlocked.Read(ref c.RenderBytes)) / 1024} KB); js calls answered: {open.Sum(c => Interlocked.Read(ref c.JsCalls))}");
        Print($"open ms (GET page to first render): p50 {F(openTimes.Percentile(50))} p95 {F(openTimes.Percentile(95))} max {F(openTimes.Max)}");
        Print($"clicks: {clicked} dispatched, {clickTimes.Count} rendered, {(clickSeconds > 0 ? clicked / clickSeconds : 0):0.0} per second");
        Print($"click-to-render ms: p50 {F(clickTimes.Percentile(50))} p95 {F(clickTimes.Percentile(95))} max {F(clickTimes.Max)}");
        Print($"errors: {errors.Total}");
        foreach (var (kind, count, first) in errors.ByKind()) Print($"  {kind}: {count} (first: {Cut(first)})");
        if (before is null || heldMemory is null)
        {
            Print("memory: not available");
            return;
        }
        Print($"memory ({heldMemory.Source}) before: {Mb(before.WorkingSetBytes)} working set, {Mb(before.GcHeapBytes)} GC heap; held: {Mb(heldMemory.WorkingSetBytes)} working set, {Mb(heldMemory.GcHeapBytes)} GC heap{(heldMemory.Circuits is { } c ? $", {c} circuits on the server" : "")}");
        if (held > 0)
        {
            Print($"memory per circuit: {PerCircuit(before.WorkingSetBytes, heldMemory.WorkingSetBytes, held)} working set, {PerCircuit(before.GcHeapBytes, heldMemory.GcHeapBytes, held)} GC heap");
        }
    }

    private static string PerCircuit(long? before, long? after, int circuits) =>
        before is { } b && after is { } a ? ((a - b) / 1024.0 / circuits).ToString("0.0", CultureInfo.InvariantCulture) + " KB" : "n/a";

    private static string Mb(long? bytes) => bytes is { } b ? (b / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB" : "n/a";

    private static string F(double ms) => double.IsNaN(ms) ? "n/a" : ms.ToString("0.0", CultureInfo.InvariantCulture);

    private static string? Cut(string? text) => text is { Length: > 200 } ? text[..200] + "…" : text;

    private static void Print(string line) => Console.WriteLine(line);
}

/// <summary>
/// What a run saw: circuits held open and rendered at once, their render batches, clicks answered by a render,
/// errors, circuits showing the expected text, and the circuits the server itself counted (from /diagnostics/memory).
/// </summary>
public sealed record CircuitBenchmarkResult(int Held, long RenderBatches, int ClicksRendered, long Errors, int? ShowingExpected, int? ServerCircuits)
{
    public bool Succeeded => Held > 0 && RenderBatches > 0;
}
