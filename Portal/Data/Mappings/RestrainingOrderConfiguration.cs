using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Referrals;

namespace Portal.Data.Mappings;

public sealed class RestrainingOrderConfiguration : IEntityTypeConfiguration<RestrainingOrder>
{
    public void Configure(EntityTypeBuilder<RestrainingOrder> b)
    {
        b.HasIndex(o => o.RequestId).IsUnique();
        b.HasIndex(o => o.CaseId);
        b.HasOne<Case>().WithMany().HasForeignKey(o => o.CaseId);
        b.Property(o => o.Note).HasMaxLength(RestrainingOrder.NoteMax);
        b.Property(o => o.RecordedByName).HasMaxLength(200);
        b.HasMany(o => o.Breaches).WithOne().HasForeignKey(x => x.RestrainingOrderId);
        b.Navigation(o => o.Breaches).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(o => o.Corrections).WithOne().HasForeignKey(x => x.RestrainingOrderId);
        b.Navigation(o => o.Corrections).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(o => o.Version).IsConcurrencyToken();
    }
}
