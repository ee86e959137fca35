using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Referrals;
using Portal.Domain.Staff;

namespace Portal.Data.Mappings;

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.HasIndex(r => r.RequestId).IsUnique();
        b.HasIndex(r => r.CaseId);
        b.HasIndex(r => r.SentAt);
        b.HasIndex(r => new { r.OrganisationId, r.SentAt });
        b.HasIndex(r => new { r.OrganisationId, r.Status });
        b.HasIndex(r => new { r.Recipient, r.Status });
        b.HasIndex(r => new { r.Status, r.DeadlineAt });
        b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId);
        b.HasOne<Consent>().WithMany().HasForeignKey(r => r.ConsentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.SentById).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.RecipientName).HasMaxLength(ReferralForm.RecipientNameMax);
        b.Property(r => r.Purpose).HasMaxLength(ReferralForm.PurposeMax);
        b.Property(r => r.ItemsText).HasMaxLength(400);
        b.Property(r => r.FreeText).HasMaxLength(ReferralForm.TextMax);
        b.Property(r => r.LegalBasis).HasMaxLength(ReferralForm.LegalBasisMax);
        b.Property(r => r.SentByName).HasMaxLength(200);
        b.HasMany(r => r.Changes).WithOne().HasForeignKey(c => c.ReferralId);
        b.Navigation(r => r.Changes).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(r => r.Items);
        b.Ignore(r => r.RecipientText);
        b.Property(r => r.Version).IsConcurrencyToken();
    }
}
