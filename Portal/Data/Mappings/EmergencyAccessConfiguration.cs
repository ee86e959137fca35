using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Access;
using Portal.Domain.Cases;
using Portal.Domain.Staff;

namespace Portal.Data.Mappings;

public sealed class EmergencyAccessConfiguration : IEntityTypeConfiguration<EmergencyAccess>
{
    public void Configure(EntityTypeBuilder<EmergencyAccess> b)
    {
        b.HasIndex(e => new { e.CaseId, e.StaffMemberId, e.ExpiresAt });
        b.HasIndex(e => e.Justified);
        b.HasOne<Case>().WithMany().HasForeignKey(e => e.CaseId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(e => e.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.StaffName).HasMaxLength(200);
        b.Property(e => e.Reason).HasMaxLength(EmergencyAccess.MaxReasonLength);
        b.Property(e => e.ReviewNote).HasMaxLength(1000);
        b.Property(e => e.ReviewedByName).HasMaxLength(200);
        b.Property(e => e.Version).IsConcurrencyToken();
    }
}
