using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Citizens;

namespace Portal.Data.Mappings;

public sealed class CitizenConfiguration : IEntityTypeConfiguration<Citizen>
{
    public void Configure(EntityTypeBuilder<Citizen> b)
    {
        b.Property(c => c.Name).HasMaxLength(CitizenDetails.NameMax);
        b.Property(c => c.SearchName).HasMaxLength(SearchKey.MaxLength);
        b.HasIndex(c => c.SearchName);
        b.Property(c => c.Cpr).HasMaxLength(11);
        b.Property(c => c.Phone).HasMaxLength(20);
        b.Property(c => c.Email).HasMaxLength(CitizenDetails.EmailMax);
        b.Property(c => c.Address).HasMaxLength(CitizenDetails.AddressMax);
        b.ComplexProperty(c => c.SafeContact, sc => sc.Property(x => x.SafeTimes).HasMaxLength(CitizenDetails.SafeTimesMax));
        b.OwnsMany(c => c.Children, ch => ch.ToJson());
        b.Navigation(c => c.Children).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(c => c.Version).IsConcurrencyToken();
    }
}
