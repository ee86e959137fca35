using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.HelpLines;

namespace Portal.Data.Mappings;

public sealed class HelpLineConfiguration : IEntityTypeConfiguration<HelpLine>
{
    public void Configure(EntityTypeBuilder<HelpLine> b)
    {
        b.Property(h => h.Name).HasMaxLength(100);
        b.Property(h => h.DiscreetName).HasMaxLength(100);
        b.Property(h => h.Number).HasMaxLength(30);
        b.Property(h => h.OpeningHours).HasMaxLength(100);
        b.Property(h => h.Description).HasMaxLength(300);
        b.Property(h => h.ConfirmedByName).HasMaxLength(200);
        b.Property(h => h.Version).IsConcurrencyToken();
    }
}
