using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.CrisisPlans;

namespace Portal.Data.Mappings;

public sealed class CrisisPlanVersionConfiguration : IEntityTypeConfiguration<CrisisPlanVersion>
{
    public void Configure(EntityTypeBuilder<CrisisPlanVersion> b)
    {
        // One row per (case, number): two saves based on the same version cannot both succeed.
        b.HasIndex(v => new { v.CaseId, v.Number }).IsUnique();
        b.HasOne<Case>().WithMany().HasForeignKey(v => v.CaseId);
        b.Ignore(v => v.Content);
    }
}
