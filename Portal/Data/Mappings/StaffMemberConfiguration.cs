using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Organisations;
using Portal.Domain.Staff;

namespace Portal.Data.Mappings;

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.HasIndex(s => s.Username).IsUnique();
        b.HasIndex(s => s.EntraObjectId).IsUnique();
        b.Property(s => s.EntraObjectId).HasMaxLength(64);
        b.Property(s => s.Username).HasMaxLength(100);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Department).HasMaxLength(200);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(s => s.Version).IsConcurrencyToken();
        // What the contact-person ranking and the letter need of a staff member.
        b.Property(s => s.Areas).HasMaxLength(100).HasDefaultValue(ServiceAreas.None).ValueGeneratedNever();
        b.Property(s => s.Phone).HasMaxLength(20);
        b.Property(s => s.Email).HasMaxLength(200);
    }
}
