using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Staff;

namespace Portal.Data.Mappings;

public sealed class CaseShareConfiguration : IEntityTypeConfiguration<CaseShare>
{
    public void Configure(EntityTypeBuilder<CaseShare> b)
    {
        b.HasKey(s => s.Id);
        b.HasIndex(s => s.Key).IsUnique();
        // Ending a share twice at once (a user and the expiry, or two nodes): the second finds it ended.
        b.Property(s => s.EndedAt).IsConcurrencyToken();
        b.HasIndex(s => new { s.StaffMemberId, s.EndedAt });
        b.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.Property(s => s.StaffName).HasMaxLength(200);
        b.Property(s => s.SharedByName).HasMaxLength(200);
        b.Property(s => s.EndedByName).HasMaxLength(200);
        b.Property(s => s.Reason).HasMaxLength(CaseShare.ReasonMax);
        b.Property(s => s.AddressReason).HasMaxLength(CaseShare.ReasonMax);
        b.Property(s => s.LegalBasis).HasMaxLength(CaseShareForm.LegalBasisMax);
    }
}
