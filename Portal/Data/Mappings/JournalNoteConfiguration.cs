using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;

namespace Portal.Data.Mappings;

public sealed class JournalNoteConfiguration : IEntityTypeConfiguration<JournalNote>
{
    public void Configure(EntityTypeBuilder<JournalNote> b)
    {
        b.Property(n => n.Text).HasMaxLength(JournalNote.TextMax);
        b.Property(n => n.AuthorName).HasMaxLength(200);
    }
}
