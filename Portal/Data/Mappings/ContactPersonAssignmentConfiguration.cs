using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.ContactPersons;
using Portal.Domain.Staff;

namespace Portal.Data.Mappings;

public sealed class ContactPersonAssignmentConfiguration : IEntityTypeConfiguration<ContactPersonAssignment>
{
    public void Configure(EntityTypeBuilder<ContactPersonAssignment> b)
    {
        b.HasIndex(x => x.CaseId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.StaffName).HasMaxLength(200);
        b.Property(x => x.AssignedByName).HasMaxLength(200);
        b.Property(x => x.HandoverNote).HasMaxLength(ContactPersonAssignment.HandoverNoteMax);
    }
}
