using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Visitation;

namespace Portal.Data.Mappings;

public sealed class VisitationDraftConfiguration : IEntityTypeConfiguration<VisitationDraft>
{
    public void Configure(EntityTypeBuilder<VisitationDraft> b)
    {
        b.HasIndex(v => v.CaseId).IsUnique();
        b.HasOne<Case>().WithMany().HasForeignKey(v => v.CaseId);
        b.Property(v => v.Version).IsConcurrencyToken();
    }
}
