using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.ContactPersons;
using Portal.Domain.Staff;

namespace Portal.Data.Mappings;

public sealed class ConflictOfInterestConfiguration : IEntityTypeConfiguration<ConflictOfInterest>
{
    public void Configure(EntityTypeBuilder<ConflictOfInterest> b)
    {
        // One declaration in force per staff member and case: a double click or a race stores it once. Withdrawn ones
        // stay as history, so declaring again after a withdrawal is a new row.
        b.HasIndex(x => new { x.CaseId, x.StaffMemberId }).IsUnique().HasFilter("\"WithdrawnAt\" IS NULL");
        b.HasIndex(x => x.StaffMemberId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.StaffName).HasMaxLength(200);
        b.Property(x => x.DeclaredByName).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(ConflictOfInterest.NoteMax);
        b.Property(x => x.WithdrawnByName).HasMaxLength(200);
        b.Property(x => x.WithdrawnReason).HasMaxLength(ConflictOfInterest.WithdrawReasonMax);
    }
}
