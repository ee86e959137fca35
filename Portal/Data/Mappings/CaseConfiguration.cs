using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.ContactPersons;
using Portal.Domain.Organisations;
using Portal.Domain.Staff;

namespace Portal.Data.Mappings;

public sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.HasIndex(c => c.CaseNumber).IsUnique();
        b.HasIndex(c => c.Status);
        b.HasIndex(c => c.ContactPersonId);
        b.HasIndex(c => c.OrganisationId);
        // The managers' dashboard reads cases by organisation and when they opened, closed or stand now.
        b.HasIndex(c => new { c.OrganisationId, c.OpenedAt });
        b.HasIndex(c => new { c.OrganisationId, c.ClosedAt });
        b.HasIndex(c => new { c.OrganisationId, c.Status, c.RiskLevel });
        b.HasIndex(c => c.OpenedAt);
        b.HasIndex(c => new { c.Status, c.RiskLevel });
        b.HasIndex(c => new { c.Status, c.ContactPersonId });
        b.HasIndex(c => c.ClosedAt);
        b.HasIndex(c => c.CitizenId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.CaseNumber).HasMaxLength(20);
        b.Property(c => c.RiskInstrument).HasMaxLength(80);
        b.Property(c => c.NotificationSentTo).HasMaxLength(200);
        b.Property(c => c.ChildrenDecisionReason).HasMaxLength(1000);
        b.HasOne(c => c.Citizen).WithMany().HasForeignKey(c => c.CitizenId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Visitator).WithMany().HasForeignKey(c => c.VisitatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.ContactPerson).WithMany().HasForeignKey(c => c.ContactPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.CaseId);
        b.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId);
        b.HasMany(c => c.Shares).WithOne().HasForeignKey(s => s.CaseId);
        b.Property(c => c.Version).IsConcurrencyToken();
        // The case's side of contact persons: conflicts, history and the citizen's wishes.
        b.HasMany(c => c.Conflicts).WithOne().HasForeignKey(x => x.CaseId);
        // Always loaded with a case: CaseAccess.CanSee on a loaded case must know who is conflicted,
        // whichever feature loaded it. (Projections such as lists use the query rule instead.)
        b.Navigation(c => c.Conflicts).AutoInclude();
        b.HasMany(c => c.ContactPersonHistory).WithOne().HasForeignKey(x => x.CaseId);
        b.ComplexProperty(c => c.ContactPersonWishes, w =>
        {
            // Existing rows get "None", not "": an empty string is no enum value and could not be read.
            w.Property(x => x.Needs).HasMaxLength(100).HasDefaultValue(ServiceAreas.None).ValueGeneratedNever();
            w.Property(x => x.Language).HasMaxLength(ContactPersonWishes.LanguageMax);
        });
    }
}
