using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Portal.Benchmarks.Circuits;

/// <summary>The server's memory at one moment; a figure is null when the source does not give it.</summary>
internal sealed record MemorySample(string Source, long? GcHeapBytes, long? WorkingSetBytes, int? Circuits);

/// <summary>
/// Reads <c>GET {url}/diagnostics/memory</c> (<c>{"gcHeapBytes":…,"workingSetBytes":…,"circuits":…}</c>); when that is
/// missing and a server pid is given, VmRSS from /proc/PID/status (a local server only; no GC figure there).
/// </summary>
internal static class ServerMemoryProbe
{
    public static async Task<MemorySample?> SampleAsync(HttpClient http, Uri baseUrl, int? serverPid, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(baseUrl, "diagnostics/memory"), ct);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
                var root = json.RootElement;
                return new MemorySample("endpoint", Long(root, "gcHeapBytes"), Long(root, "workingSetBytes"),
                    root.TryGetProperty("circuits", out var c) && c.TryGetInt32(out var n) ? n : null);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException)
        {
            // Fall back to /proc below.
        }
        if (serverPid is not { } pid) return null;
        var status = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status";
        if (!File.Exists(status)) return null;
        foreach (var line in await File.ReadAllLinesAsync(status, ct))
        {
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
            var kb = long.Parse(line["VmRSS:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
            return new MemorySample("/proc VmRSS", null, kb * 1024, null);
        }
        return null;
    }

    private static long? Long(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.TryGetInt64(out var n) ? n : null;
}
