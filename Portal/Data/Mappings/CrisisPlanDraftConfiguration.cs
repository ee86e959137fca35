using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.CrisisPlans;
using Portal.Domain.Staff;

namespace Portal.Data.Mappings;

public sealed class CrisisPlanDraftConfiguration : IEntityTypeConfiguration<CrisisPlanDraft>
{
    public void Configure(EntityTypeBuilder<CrisisPlanDraft> b)
    {
        b.HasIndex(d => new { d.CaseId, d.StaffMemberId }).IsUnique();
        b.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(d => d.StaffMemberId);
        b.Ignore(d => d.Content);
    }
}
