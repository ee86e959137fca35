using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Staff;

namespace Portal.Data.Mappings;

public sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> b)
    {
        b.Property(s => s.Id).HasMaxLength(64);
        b.Property(s => s.Role).HasConversion<string>().HasMaxLength(40);
        b.Property(s => s.EndReason).HasMaxLength(200);
        b.HasIndex(s => s.StaffMemberId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
