using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Referrals;

namespace Portal.Data.Mappings;

public sealed class RestrainingOrderCorrectionConfiguration : IEntityTypeConfiguration<RestrainingOrderCorrection>
{
    public void Configure(EntityTypeBuilder<RestrainingOrderCorrection> b)
    {
        b.HasIndex(x => x.RequestId).IsUnique();
        b.HasIndex(x => x.RestrainingOrderId);
        b.Property(x => x.What).HasMaxLength(100);
        b.Property(x => x.Previous).HasMaxLength(RestrainingOrderCorrection.PreviousMax);
        b.Property(x => x.Reason).HasMaxLength(RestrainingOrderCorrection.ReasonMax);
        b.Property(x => x.ByName).HasMaxLength(200);
    }
}
