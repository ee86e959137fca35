using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Organisations;

namespace Portal.Data.Mappings;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    /// <summary>The first municipality and its police district; rows from before organisations existed belong to it.</summary>
    public const int FirstMunicipality = Organisation.FirstId;
    public const int FirstPoliceDistrict = 2;
    public const int SecondMunicipality = 3;
    public const int SecondPoliceDistrict = 4;

    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.Name).HasMaxLength(200);
        b.HasData(
            new Organisation(FirstMunicipality, "Esbjerg Kommune", OrganisationKind.Kommune, FirstPoliceDistrict),
            new Organisation(FirstPoliceDistrict, "Syd- og Sønderjyllands Politi", OrganisationKind.Politikreds),
            new Organisation(SecondMunicipality, "Vejle Kommune", OrganisationKind.Kommune, SecondPoliceDistrict),
            new Organisation(SecondPoliceDistrict, "Sydøstjyllands Politi", OrganisationKind.Politikreds));
    }
}
