using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Referrals;

namespace Portal.Data.Mappings;

public sealed class ReferralStatusChangeConfiguration : IEntityTypeConfiguration<ReferralStatusChange>
{
    public void Configure(EntityTypeBuilder<ReferralStatusChange> b)
    {
        b.Property(c => c.ByName).HasMaxLength(200);
        b.Property(c => c.Note).HasMaxLength(ReferralStatusChange.NoteMax);
    }
}
