using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.ContactPersons;
using Portal.Domain.Staff;

namespace Portal.Features.ContactPersons;

/// <summary>The case's side of contact persons: conflicts, history and the citizen's wishes.</summary>
public sealed class CaseContactPersonConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.HasMany(c => c.Conflicts).WithOne().HasForeignKey(x => x.CaseId);
        // Always loaded with a case: CaseAccess.CanSee on a loaded case must know who is conflicted,
        // whichever feature loaded it. (Projections such as lists use the query rule instead.)
        b.Navigation(c => c.Conflicts).AutoInclude();
        b.HasMany(c => c.ContactPersonHistory).WithOne().HasForeignKey(x => x.CaseId);
        b.ComplexProperty(c => c.ContactPersonWishes, w =>
        {
            // Existing rows get "None", not "": an empty string is no enum value and could not be read.
            w.Property(x => x.Needs).HasMaxLength(100).HasDefaultValue(ServiceAreas.None).ValueGeneratedNever();
            w.Property(x => x.Language).HasMaxLength(ContactPersonWishes.LanguageMax);
        });
    }
}

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

/// <summary>What the ranking and the letter need of a staff member.</summary>
public sealed class StaffContactConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.Property(s => s.Areas).HasMaxLength(100).HasDefaultValue(ServiceAreas.None).ValueGeneratedNever();
        b.Property(s => s.Phone).HasMaxLength(20);
        b.Property(s => s.Email).HasMaxLength(200);
    }
}
