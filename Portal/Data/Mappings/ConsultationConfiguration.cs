using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;

namespace Portal.Data.Mappings;

public sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> b)
    {
        b.HasIndex(c => c.RequestId).IsUnique();
        b.HasIndex(c => c.AnsweredAt);
        b.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId);
        b.Property(c => c.Question).HasMaxLength(Consultation.TextMax);
        b.Property(c => c.Answer).HasMaxLength(Consultation.TextMax);
        b.Property(c => c.Version).IsConcurrencyToken();
    }
}
