using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Meetings;

namespace Portal.Data.Mappings;

public sealed class CooperationMeetingConfiguration : IEntityTypeConfiguration<CooperationMeeting>
{
    public void Configure(EntityTypeBuilder<CooperationMeeting> b)
    {
        b.HasIndex(m => m.CaseId);
        b.HasIndex(m => m.RequestId).IsUnique();
        b.HasOne<Case>().WithMany().HasForeignKey(m => m.CaseId);
        b.Property(m => m.Notes).HasMaxLength(4000);
        b.Ignore(m => m.Participants);
    }
}
