using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Referrals;

namespace Portal.Data.Mappings;

public sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.HasIndex(c => c.RequestId).IsUnique();
        b.HasIndex(c => c.CaseId);
        b.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId);
        b.Property(c => c.ItemsText).HasMaxLength(400);
        b.Property(c => c.RecipientsText).HasMaxLength(400);
        b.Property(c => c.Note).HasMaxLength(Consent.NoteMax);
        b.Property(c => c.RecordedByName).HasMaxLength(200);
        b.Property(c => c.WithdrawnByName).HasMaxLength(200);
        b.Ignore(c => c.Items);
        b.Ignore(c => c.Recipients);
        b.Ignore(c => c.IsWithdrawn);
        b.Property(c => c.Version).IsConcurrencyToken();
    }
}
