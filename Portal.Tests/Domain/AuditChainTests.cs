using Portal.Domain.Audit;

namespace Portal.Tests.Domain;

public class AuditChainTests
{
    private static List<AuditRecord> Chain(int count)
    {
        var records = new List<AuditRecord>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var at = TestData.Now.AddMinutes(i);
            var hash = AuditChain.Hash(previous, at, "visitator.mette", "case.read", i, $"Sag {i} åbnet.");
            records.Add(new AuditRecord(i, at, "visitator.mette", "case.read", i, $"Sag {i} åbnet.", previous, hash));
            previous = hash;
        }
        return records;
    }

    [Fact]
    public void An_untouched_chain_has_no_break() => Assert.Null(AuditChain.FirstBreak(Chain(5)));

    [Fact]
    public void An_edited_entry_is_found()
    {
        var chain = Chain(5);
        chain[2] = chain[2] with { Actor = "someone.else" };
        Assert.Equal(3, AuditChain.FirstBreak(chain));
    }

    [Fact]
    public void A_deleted_entry_is_found()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);
        Assert.Equal(3, AuditChain.FirstBreak(chain));
    }

    [Fact]
    public void The_hash_depends_on_every_field()
    {
        var baseHash = AuditChain.Hash(AuditChain.Genesis, TestData.Now, "a", "b", 1, "d");
        Assert.NotEqual(baseHash, AuditChain.Hash(AuditChain.Genesis, TestData.Now.AddTicks(10_000_000), "a", "b", 1, "d"));
        Assert.NotEqual(baseHash, AuditChain.Hash(AuditChain.Genesis, TestData.Now, "a", "b", 2, "d"));
        Assert.NotEqual(baseHash, AuditChain.Hash(AuditChain.Genesis, TestData.Now, "a", "b", null, "d"));
        Assert.NotEqual(baseHash, AuditChain.Hash(AuditChain.Genesis, TestData.Now, "a", "b", 1, "e"));
        Assert.Equal(64, baseHash.Length);
    }

    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private static List<AuditRecord> KeyedChain(int count, byte[] key)
    {
        var records = new List<AuditRecord>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var at = TestData.Now.AddMinutes(i);
            var hash = AuditChain.KeyedHash(key, previous, at, "visitator.mette", "case.read", i, $"Sag {i} åbnet.");
            records.Add(new AuditRecord(i, at, "visitator.mette", "case.read", i, $"Sag {i} åbnet.", previous, hash, AuditHashScheme.HmacSha256));
            previous = hash;
        }
        return records;
    }

    [Fact]
    public void Audit_times_are_cut_to_whole_milliseconds_in_utc()
    {
        var at = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1)).AddTicks(1_234_567);
        var normalized = AuditChain.Normalize(at);
        Assert.Equal(TimeSpan.Zero, normalized.Offset);
        Assert.Equal(at.UtcTicks - 4_567, normalized.UtcTicks);
        Assert.Equal(normalized, AuditChain.Normalize(normalized));
    }

    [Fact]
    public void An_untouched_keyed_chain_has_no_break() => Assert.Null(AuditChain.FirstBreak(KeyedChain(5, Key), Key));

    [Fact]
    public void A_keyed_chain_fails_with_the_wrong_key_or_none()
    {
        var wrong = Key.Select(b => (byte)(b ^ 0xff)).ToArray();
        Assert.Equal(1, AuditChain.FirstBreak(KeyedChain(5, Key), wrong));
        Assert.Equal(1, AuditChain.FirstBreak(KeyedChain(5, Key)));
    }

    [Fact]
    public void A_keyed_hash_differs_from_the_unkeyed_hash_of_the_same_content() =>
        Assert.NotEqual(AuditChain.Hash(AuditChain.Genesis, TestData.Now, "a", "b", 1, "d"),
            AuditChain.KeyedHash(Key, AuditChain.Genesis, TestData.Now, "a", "b", 1, "d"));

    [Fact]
    public void Unkeyed_entries_may_come_before_keyed_ones_but_never_after()
    {
        var legacy = Chain(3);
        var previous = legacy[^1].Hash;
        var at = TestData.Now.AddHours(1);
        var keyed = new AuditRecord(4, at, "a", "case.read", 1, "d", previous, AuditChain.KeyedHash(Key, previous, at, "a", "case.read", 1, "d"), AuditHashScheme.HmacSha256);
        Assert.Null(AuditChain.FirstBreak([.. legacy, keyed], Key));

        // Someone without the key appends a row sealed the old, unkeyed way.
        var forged = new AuditRecord(5, at, "a", "case.read", 1, "d", keyed.Hash, AuditChain.Hash(keyed.Hash, at, "a", "case.read", 1, "d"));
        Assert.Equal(5, AuditChain.FirstBreak([.. legacy, keyed, forged], Key));
    }

    [Fact]
    public void An_unkeyed_entry_hashed_at_100_ns_still_fits_after_being_stored_at_100_microseconds()
    {
        var full = TestData.Now.AddTicks(1_234_567);
        var hash = AuditChain.Hash(AuditChain.Genesis, full, "a", "b", 1, "d");
        var stored = new DateTimeOffset(full.UtcTicks / 1000 * 1000, TimeSpan.Zero);
        Assert.Null(AuditChain.FirstBreak([new AuditRecord(1, stored, "a", "b", 1, "d", AuditChain.Genesis, hash)]));
        Assert.Equal(1, AuditChain.FirstBreak([new AuditRecord(1, stored, "a", "b", 1, "e", AuditChain.Genesis, hash)]));
    }

    [Fact]
    public void The_anchor_catches_rows_deleted_from_the_end()
    {
        var chain = KeyedChain(5, Key);
        var anchor = chain.Select(e => new AuditAnchorLine(e.Sequence, e.Hash)).ToList();
        Assert.True(AuditChain.Verify(chain, Key, anchor).IsIntact);

        var shortened = chain.Take(3).ToList();
        Assert.Null(AuditChain.FirstBreak(shortened, Key));
        var result = AuditChain.Verify(shortened, Key, anchor);
        Assert.False(result.IsIntact);
        Assert.Equal(4, result.Sequence);
    }

    [Fact]
    public void An_anchor_line_round_trips()
    {
        var line = new AuditAnchorLine(42, new string('a', 64));
        Assert.Equal(line, AuditAnchorLine.Parse(line.Format()));
        Assert.Null(AuditAnchorLine.Parse("42 abc"));
        Assert.Null(AuditAnchorLine.Parse(""));
    }

    [Fact]
    public void The_result_is_told_in_danish()
    {
        Assert.Equal("Revisionssporet er intakt (3 poster)", AuditVerification.Intact(3).Message());
        var broken = AuditVerification.Broken(7, TestData.Now, "case.read", "posten passer ikke i kæden").Message();
        Assert.Contains("post 7", broken);
        Assert.Contains("24-11-2026", broken);
        Assert.Contains("case.read", broken);
    }
}

public class AuditAnchorScopeTests
{
    private static readonly AuditAnchorLine Anchored = new(10, new string('a', 64));

    [Fact]
    public void One_anchor_for_all_writers_must_name_the_newest_entry() =>
        Assert.False(AuditChain.NewestMatchesAnchor(11, AuditHashScheme.HmacSha256, Anchored.Hash, Anchored, AnchorScope.AllWriters));

    [Fact]
    public void A_nodes_anchor_may_lag_behind_other_nodes_appends() =>
        Assert.True(AuditChain.NewestMatchesAnchor(11, AuditHashScheme.HmacSha256, Anchored.Hash, Anchored, AnchorScope.ThisNode));

    [Fact]
    public void A_node_that_has_not_appended_yet_has_nothing_to_compare() =>
        Assert.True(AuditChain.NewestMatchesAnchor(11, AuditHashScheme.HmacSha256, null, null, AnchorScope.ThisNode));

    [Theory]
    [InlineData(9L, "a")]   // the anchored entry and everything after it removed
    [InlineData(11L, "b")]  // the anchored entry rewritten
    public void A_nodes_anchor_still_finds_removed_or_changed_rows(long newest, string hashLetter) =>
        Assert.False(AuditChain.NewestMatchesAnchor(newest, AuditHashScheme.HmacSha256, newest < 10 ? null : new string(hashLetter[0], 64), Anchored, AnchorScope.ThisNode));
}
