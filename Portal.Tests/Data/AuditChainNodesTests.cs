using Microsoft.EntityFrameworkCore;
using Portal.Domain.Audit;
using Portal.Security;

namespace Portal.Tests.Data;

/// <summary>Two nodes append to one database at once, each with its own anchor file: still one chain.</summary>
public class AuditChainNodesTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(seed: false);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Concurrent_appends_from_two_nodes_make_one_unbroken_chain()
    {
        var key = _database.AuditSettings.Key.ToArray();
        var nodes = new[] { "node-a.log", "node-b.log" }
            .Select(name => new AuditLog(_database, TimeProvider.System, new AuditSettings(key, Path.Combine(_database.Folder, name), AnchorScope.ThisNode)))
            .ToArray();

        await Task.WhenAll(nodes.SelectMany((node, n) => Enumerable.Range(1, 40).Select(i =>
            Task.Run(() => node.RecordAsync($"node{n}", "case.read", i, $"Sag {i} åbnet af node {n}.")))));

        await using var db = _database.CreateDbContext();
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(80, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.PreviousHash).Distinct().Count());
        foreach (var node in nodes)
        {
            var verification = await node.VerifyAsync();
            Assert.True(verification.IsIntact, verification.Reason);
            Assert.Equal((true, "Revisionssporet stemmer med ankeret."), await node.CheckAnchorAsync());
        }
    }

    [Fact]
    public async Task Rows_removed_after_another_nodes_appends_are_found_by_the_node_that_anchored_them()
    {
        var key = _database.AuditSettings.Key.ToArray();
        var a = new AuditLog(_database, TimeProvider.System, new AuditSettings(key, Path.Combine(_database.Folder, "a.log"), AnchorScope.ThisNode));
        var b = new AuditLog(_database, TimeProvider.System, new AuditSettings(key, Path.Combine(_database.Folder, "b.log"), AnchorScope.ThisNode));
        await a.RecordAsync("a", "case.read", 1, "Sag 1 åbnet.");
        await b.RecordAsync("b", "case.read", 2, "Sag 2 åbnet.");
        Assert.True((await a.CheckAnchorAsync()).Healthy);

        await using (var db = _database.CreateDbContext())
        {
            var newest = await db.AuditEntries.MaxAsync(e => e.Sequence);
            await db.AuditEntries.Where(e => e.Sequence == newest).ExecuteDeleteAsync();
        }

        Assert.True((await a.CheckAnchorAsync()).Healthy);
        var (healthy, description) = await b.CheckAnchorAsync();
        Assert.False(healthy);
        Assert.Equal("Den nyeste post i revisionssporet stemmer ikke med ankeret uden for databasen.", description);
        Assert.False((await b.VerifyAsync()).IsIntact);
    }
}
