using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Audit;

namespace Portal.Data.Mappings;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasKey(a => a.Sequence);
        b.HasIndex(a => a.CaseId);
        b.Property(a => a.Actor).HasMaxLength(100);
        b.Property(a => a.Action).HasMaxLength(60);
        b.Property(a => a.Details).HasMaxLength(1000);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        // Rows that existed before the chain was keyed were plain SHA-256; the new column says so for them.
        b.Property(a => a.Scheme).HasDefaultValue(AuditHashScheme.Sha256).HasSentinel((AuditHashScheme)0);
    }
}
