using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Referrals;

namespace Portal.Data.Mappings;

public sealed class RestrainingOrderBreachConfiguration : IEntityTypeConfiguration<RestrainingOrderBreach>
{
    public void Configure(EntityTypeBuilder<RestrainingOrderBreach> b)
    {
        b.HasIndex(x => x.RequestId).IsUnique();
        b.Property(x => x.Description).HasMaxLength(RestrainingOrderBreach.DescriptionMax);
        b.Property(x => x.RecordedByName).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
