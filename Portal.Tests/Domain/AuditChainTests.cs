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
}
