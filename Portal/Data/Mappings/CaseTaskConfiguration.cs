using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Domain.Tasks;

namespace Portal.Data.Mappings;

public sealed class CaseTaskConfiguration : IEntityTypeConfiguration<CaseTask>
{
    public void Configure(EntityTypeBuilder<CaseTask> b)
    {
        b.HasIndex(t => new { t.OwnerId, t.ClosedAt });
        b.HasIndex(t => new { t.ClosedAt, t.DueAt });
        b.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(t => t.Title).HasMaxLength(200);
        b.Property(t => t.Version).IsConcurrencyToken();
    }
}
