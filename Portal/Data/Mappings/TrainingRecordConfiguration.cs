using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Staff;
using Portal.Domain.Training;

namespace Portal.Data.Mappings;

public sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> b)
    {
        b.HasIndex(t => new { t.StaffMemberId, t.TrainedOn });
        b.HasIndex(t => t.TrainedOn);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.Property(t => t.RecordedByName).HasMaxLength(200);
    }
}
