using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Portal.Benchmarks;

/// <summary>Counts the circuits this node holds, for the memory figure the circuit benchmark reads.</summary>
public sealed class CircuitCounter : CircuitHandler
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _open);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _open);
        return Task.CompletedTask;
    }
}

/// <summary>
/// <c>GET /diagnostics/memory</c>: live GC heap after a full collection, working set and circuits held. A full GC on
/// demand is not for the public, so it answers only when <c>Diagnostics:MemoryEndpoint</c> is true (or in Development),
/// and only to a request made on this machine that no proxy forwarded.
/// </summary>
public static class ServerDiagnostics
{
    public static void AddServerDiagnostics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CircuitCounter>();
        builder.Services.AddSingleton<CircuitHandler>(sp => sp.GetRequiredService<CircuitCounter>());
    }

    public static void MapServerDiagnostics(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Diagnostics:MemoryEndpoint", app.Environment.IsDevelopment())) return;
        app.MapGet("/diagnostics/memory", (HttpContext http, CircuitCounter circuits) =>
        {
            var remote = http.Connection.RemoteIpAddress;
            if (remote is null || !System.Net.IPAddress.IsLoopback(remote) || http.Request.Headers.ContainsKey("X-Forwarded-For"))
                return Results.NotFound();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            return Results.Json(new { gcHeapBytes = GC.GetTotalMemory(false), workingSetBytes = process.WorkingSet64, circuits = circuits.Open });
        }).AllowAnonymous();
    }
}
