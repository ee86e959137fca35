using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Portal.Features.Evaluation;

/// <summary>
/// A finished export waits here for its one download by the staff member who ran it, for 10 minutes. The export runs in
/// the circuit (progress, cancel); the file then goes out as a normal download. Per node: sticky sessions keep the
/// circuit and the download on the same node.
/// </summary>
public sealed class EvaluationDownloads(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, (int StaffId, EvaluationFile File, DateTimeOffset Expires)> _files = new();

    public string Put(int staffId, EvaluationFile file)
    {
        var now = time.GetUtcNow();
        foreach (var old in _files.Where(f => f.Value.Expires < now)) _files.TryRemove(old.Key, out _);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        _files[token] = (staffId, file, now + Lifetime);
        return token;
    }

    /// <summary>The file, once, for the staff member who made it and before it expires.</summary>
    public EvaluationFile? Take(string token, int staffId)
    {
        if (!_files.TryGetValue(token, out var entry) || entry.StaffId != staffId) return null;
        _files.TryRemove(token, out _);
        return entry.Expires < time.GetUtcNow() ? null : entry.File;
    }
}
