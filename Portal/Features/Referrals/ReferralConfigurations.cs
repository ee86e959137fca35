using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Referrals;
using Portal.Domain.Staff;

namespace Portal.Features.Referrals;

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

public sealed class ReferralStatusChangeConfiguration : IEntityTypeConfiguration<ReferralStatusChange>
{
    public void Configure(EntityTypeBuilder<ReferralStatusChange> b)
    {
        b.Property(c => c.ByName).HasMaxLength(200);
        b.Property(c => c.Note).HasMaxLength(ReferralStatusChange.NoteMax);
    }
}

public sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.HasIndex(c => c.RequestId).IsUnique();
        b.HasIndex(c => c.CaseId);
        b.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId);
        b.Property(c => c.ItemsText).HasMaxLength(400);
        b.Property(c => c.RecipientsText).HasMaxLength(400);
        b.Property(c => c.Note).HasMaxLength(Consent.NoteMax);
        b.Property(c => c.RecordedByName).HasMaxLength(200);
        b.Property(c => c.WithdrawnByName).HasMaxLength(200);
        b.Ignore(c => c.Items);
        b.Ignore(c => c.Recipients);
        b.Ignore(c => c.IsWithdrawn);
        b.Property(c => c.Version).IsConcurrencyToken();
    }
}

public sealed class RestrainingOrderConfiguration : IEntityTypeConfiguration<RestrainingOrder>
{
    public void Configure(EntityTypeBuilder<RestrainingOrder> b)
    {
        b.HasIndex(o => o.RequestId).IsUnique();
        b.HasIndex(o => o.CaseId);
        b.HasOne<Case>().WithMany().HasForeignKey(o => o.CaseId);
        b.Property(o => o.Note).HasMaxLength(RestrainingOrder.NoteMax);
        b.Property(o => o.RecordedByName).HasMaxLength(200);
        b.HasMany(o => o.Breaches).WithOne().HasForeignKey(x => x.RestrainingOrderId);
        b.Navigation(o => o.Breaches).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(o => o.Corrections).WithOne().HasForeignKey(x => x.RestrainingOrderId);
        b.Navigation(o => o.Corrections).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(o => o.Version).IsConcurrencyToken();
    }
}

public sealed class RestrainingOrderBreachConfiguration : IEntityTypeConfiguration<RestrainingOrderBreach>
{
    public void Configure(EntityTypeBuilder<RestrainingOrderBreach> b)
    {
        b.HasIndex(x => x.RequestId).IsUnique();
        b.Property(x => x.Description).HasMaxLength(RestrainingOrderBreach.DescriptionMax);
        b.Property(x => x.RecordedByName).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

public sealed class RestrainingOrderCorrectionConfiguration : IEntityTypeConfiguration<RestrainingOrderCorrection>
{
    public void Configure(EntityTypeBuilder<RestrainingOrderCorrection> b)
    {
        b.HasIndex(x => x.RequestId).IsUnique();
        b.HasIndex(x => x.RestrainingOrderId);
        b.Property(x => x.What).HasMaxLength(100);
        b.Property(x => x.Previous).HasMaxLength(RestrainingOrderCorrection.PreviousMax);
        b.Property(x => x.Reason).HasMaxLength(RestrainingOrderCorrection.ReasonMax);
        b.Property(x => x.ByName).HasMaxLength(200);
    }
}
