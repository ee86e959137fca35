using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Portal.Data;
using Portal.Domain.Audit;
using Portal.Security;

namespace Portal.Tests.Data;

/// <summary>The audit chain on a real SQLite file, written with the real clock.</summary>
public sealed class AuditLogTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private AuditLog _audit = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(seed: false);
        _audit = new AuditLog(_database, TimeProvider.System, _database.AuditSettings);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task WriteAsync(int count)
    {
        for (var i = 1; i <= count; i++)
            await _audit.RecordAsync("visitator.mette", "case.read", i, $"Sag {i} åbnet.");
    }

    private async Task SqlAsync(FormattableString sql)
    {
        await using var db = _database.CreateDbContext();
        await db.Database.ExecuteSqlInterpolatedAsync(sql);
    }

    [Fact]
    public async Task Only_whole_milliseconds_survive_a_roundtrip_through_sqlite()
    {
        var fine = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);
        await using (var db = _database.CreateDbContext())
        {
            db.AuditEntries.Add(new AuditEntry { At = fine, Hash = "x", Scheme = AuditHashScheme.HmacSha256 });
            db.AuditEntries.Add(new AuditEntry { At = AuditChain.Normalize(fine), Hash = "y", Scheme = AuditHashScheme.HmacSha256 });
            await db.SaveChangesAsync();
        }
        await using var read = _database.CreateDbContext();
        var back = await read.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).Select(e => e.At).ToListAsync();
        Assert.NotEqual(fine, back[0]); // 100 ns are cut to 100 µs by the binary DateTimeOffset converter
        Assert.Equal(fine.UtcTicks / 1000 * 1000, back[0].UtcTicks);
        Assert.Equal(AuditChain.Normalize(fine), back[1]);
    }

    [Fact]
    public async Task An_untouched_audit_database_written_with_the_real_clock_passes()
    {
        await WriteAsync(20);

        var result = await _audit.VerifyAsync();

        Assert.True(result.IsIntact, result.Message());
        Assert.Equal("Revisionssporet er intakt (20 poster)", result.Message());
        Assert.True((await _audit.CheckAnchorAsync()).Healthy);
        await using var db = _database.CreateDbContext();
        Assert.All(await db.AuditEntries.Select(e => e.Scheme).ToListAsync(), s => Assert.Equal(AuditHashScheme.HmacSha256, s));
    }

    [Fact]
    public async Task An_edited_audit_row_is_detected()
    {
        await WriteAsync(5);
        await SqlAsync($"UPDATE \"AuditEntries\" SET \"Details\" = 'Sag 9 åbnet.' WHERE \"Sequence\" = 3");

        var result = await _audit.VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.Sequence);
        Assert.Equal("case.read", result.Action);
        Assert.StartsWith("Revisionssporet er brudt ved post 3", result.Message());
    }

    [Fact]
    public async Task A_deleted_middle_audit_row_is_detected()
    {
        await WriteAsync(5);
        await SqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 3");

        Assert.Equal(4, await _audit.FindFirstBreakAsync());
    }

    [Fact]
    public async Task Deleted_newest_audit_rows_are_detected_even_after_new_entries()
    {
        await WriteAsync(5);
        await SqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" >= 4");

        // The remaining chain is consistent in itself; only the anchor knows rows 4 and 5 existed.
        var result = await _audit.VerifyAsync();
        Assert.False(result.IsIntact);
        Assert.Equal(4, result.Sequence);
        Assert.Contains("slettet", result.Message());
        Assert.False((await _audit.CheckAnchorAsync()).Healthy);

        // New appends reuse the numbers 4 and 5 with other hashes; the anchor's old lines still disagree.
        await WriteAsync(2);
        result = await _audit.VerifyAsync();
        Assert.False(result.IsIntact);
        Assert.Equal(4, result.Sequence);
        Assert.False((await _audit.CheckAnchorAsync()).Healthy);
    }

    [Fact]
    public async Task The_wrong_hmac_key_fails_audit_verification()
    {
        await WriteAsync(3);
        var otherKey = new AuditSettings(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), _database.AuditSettings.AnchorPath);

        var result = await new AuditLog(_database, TimeProvider.System, otherKey).VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(1, result.Sequence);
    }

    [Fact]
    public async Task A_recomputed_chain_without_the_key_is_detected()
    {
        await WriteAsync(3);
        // Someone who can write the table but has no key rewrites row 2 and re-seals the rest the old way.
        await using (var db = _database.CreateDbContext())
        {
            var rows = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
            rows[1].Details = "Ingenting.";
            for (var i = 1; i < rows.Count; i++)
            {
                rows[i].PreviousHash = rows[i - 1].Hash;
                rows[i].Scheme = AuditHashScheme.Sha256;
                rows[i].Hash = AuditChain.Hash(rows[i].PreviousHash, rows[i].At, rows[i].Actor, rows[i].Action, rows[i].CaseId, rows[i].Details);
            }
            await db.SaveChangesAsync();
        }

        Assert.Equal(2, await _audit.FindFirstBreakAsync());
    }

    [Fact]
    public async Task Unkeyed_audit_rows_from_before_the_key_still_verify_and_are_not_resealed()
    {
        // Rows as the old code wrote them: hashed at 100 ns without a key, stored at 100 µs, no anchor.
        var previous = AuditChain.Genesis;
        var start = DateTimeOffset.UtcNow;
        for (var i = 1; i <= 3; i++)
        {
            var at = start.AddTicks(i * 1_234_567);
            var hash = AuditChain.Hash(previous, at, "raadgiver.lone", "case.read", i, $"Sag {i} åbnet.");
            await using var db = _database.CreateDbContext();
            db.AuditEntries.Add(new AuditEntry { At = at, Actor = "raadgiver.lone", Action = "case.read", CaseId = i, Details = $"Sag {i} åbnet.", PreviousHash = previous, Hash = hash, Scheme = AuditHashScheme.Sha256 });
            await db.SaveChangesAsync();
            previous = hash;
        }
        Assert.True((await _audit.VerifyAsync()).IsIntact);
        Assert.True((await _audit.CheckAnchorAsync()).Healthy);

        await WriteAsync(2);

        var result = await _audit.VerifyAsync();
        Assert.True(result.IsIntact, result.Message());
        Assert.Equal(5, result.Count);
        await using var read = _database.CreateDbContext();
        var schemes = await read.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Scheme).ToListAsync();
        Assert.Equal([AuditHashScheme.Sha256, AuditHashScheme.Sha256, AuditHashScheme.Sha256, AuditHashScheme.HmacSha256, AuditHashScheme.HmacSha256], schemes);
    }

    [Fact]
    public async Task Keyed_audit_rows_without_their_anchor_file_are_detected()
    {
        await WriteAsync(2);
        File.Delete(_database.AuditSettings.AnchorPath);

        Assert.False((await _audit.VerifyAsync()).IsIntact);
        Assert.False((await _audit.CheckAnchorAsync()).Healthy);
    }

    [Fact]
    public async Task The_audit_health_check_is_unhealthy_when_the_newest_row_is_gone()
    {
        await WriteAsync(3);
        var check = new AuditChainHealthCheck(_audit);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, (await check.CheckHealthAsync(new())).Status);

        await SqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 3");

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, (await check.CheckHealthAsync(new())).Status);
    }

    [Fact]
    public async Task The_audit_verify_command_exits_with_0_when_intact_and_1_when_broken()
    {
        await WriteAsync(2);
        string[] args =
        [
            "--environment", "Development",
            .. _database.AppArguments,
            $"--Audit:HmacKey={Convert.ToBase64String(_database.AuditSettings.Key)}",
            $"--Audit:AnchorPath={_database.AuditSettings.AnchorPath}",
        ];
        Assert.Equal(0, await AuditSetup.RunVerifyCommandAsync(args));

        await SqlAsync($"UPDATE \"AuditEntries\" SET \"Actor\" = 'someone.else' WHERE \"Sequence\" = 1");

        Assert.Equal(1, await AuditSetup.RunVerifyCommandAsync(args));
    }

    [Fact]
    public async Task The_audit_verify_command_fails_on_a_removed_anchor_and_does_not_make_it_again()
    {
        await WriteAsync(2);
        string[] args =
        [
            "--environment", "Development",
            .. _database.AppArguments,
            $"--Audit:HmacKey={Convert.ToBase64String(_database.AuditSettings.Key)}",
            $"--Audit:AnchorPath={_database.AuditSettings.AnchorPath}",
        ];
        File.Delete(_database.AuditSettings.AnchorPath);

        Assert.Equal(1, await AuditSetup.RunVerifyCommandAsync(args));
        Assert.False(File.Exists(_database.AuditSettings.AnchorPath)); // a later check still sees it removed
    }

    private sealed class Environment(string name, string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Portal";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(
            values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))
                .Append(new("ConnectionStrings:Portal", $"Data Source={_database.Path}"))).Build();

    [Fact]
    public void Production_without_an_audit_key_does_not_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            AuditSettings.FromConfiguration(Configuration(), new Environment(Environments.Production, _database.Folder)));
        Assert.Contains("Audit:HmacKey mangler", error.Message);
        Assert.False(File.Exists(Path.Combine(_database.Folder, AuditSettings.KeyFileName)));
    }

    [Fact]
    public void Development_makes_an_audit_key_file_once_next_to_the_database()
    {
        var env = new Environment(Environments.Development, "/nonexistent-content-root");
        var first = AuditSettings.FromConfiguration(Configuration(), env);
        var second = AuditSettings.FromConfiguration(Configuration(), env);

        var keyFile = Path.Combine(_database.Folder, AuditSettings.KeyFileName);
        Assert.True(File.Exists(keyFile));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        Assert.True(first.Key.SequenceEqual(second.Key));
        Assert.Equal(Path.Combine(_database.Folder, AuditSettings.AnchorFileName), first.AnchorPath);
    }

    [Fact]
    public void A_configured_audit_key_and_anchor_path_are_used()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var anchor = Path.Combine(_database.Folder, "anker", "spor.log");
        var settings = AuditSettings.FromConfiguration(
            Configuration(("Audit:HmacKey", Convert.ToBase64String(key)), ("Audit:AnchorPath", anchor)),
            new Environment(Environments.Production, _database.Folder));
        Assert.True(settings.Key.SequenceEqual(key));
        Assert.Equal(anchor, settings.AnchorPath);
        Assert.Throws<InvalidOperationException>(() => AuditSettings.FromConfiguration(
            Configuration(("Audit:HmacKey", "ikke base64!")), new Environment(Environments.Production, _database.Folder)));
    }
}
