using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.Inquiries;

namespace Portal.Data.Mappings;

public sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> b)
    {
        b.HasIndex(i => i.RequestId).IsUnique();
        b.HasIndex(i => new { i.TakenAt, i.IsAcute });
        b.HasIndex(i => i.RegisteredById);
        b.HasIndex(i => new { i.OrganisationId, i.ReceivedAt });
        b.HasIndex(i => i.ReceivedAt);
        b.Property(i => i.CitizenName).HasMaxLength(CitizenDetails.NameMax);
        b.Property(i => i.Description).HasMaxLength(Inquiry.TextMax);
        b.HasOne(i => i.Case).WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.Property(i => i.Version).IsConcurrencyToken();
    }
}
