using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Risk;

namespace Portal.Data.Mappings;

public sealed class RiskAssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> b)
    {
        b.HasIndex(r => r.CaseId);
        b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId);
        b.Property(r => r.InstrumentId).HasMaxLength(60);
        b.Property(r => r.RaiseReason).HasMaxLength(RiskJudgement.ReasonMax);
        b.Property(r => r.ChildrenDecisionNote).HasMaxLength(1000);
        b.Ignore(r => r.Answers);
    }
}
