using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Access;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.ContactPersons;
using Portal.Domain.CrisisPlans;
using Portal.Domain.HelpLines;
using Portal.Domain.Incidents;
using Portal.Domain.Tasks;
using Portal.Domain.Inquiries;
using Portal.Domain.Meetings;
using Portal.Domain.Organisations;
using Portal.Domain.Referrals;
using Portal.Domain.Risk;
using Portal.Domain.Staff;
using Portal.Domain.Training;
using Portal.Domain.Visitation;

namespace Portal.Data;

/// <summary>The portal's data on SQLite (this type, with its migrations) or PostgreSQL (<see cref="PostgreSqlPortalDbContext"/>).</summary>
public class PortalDbContext : DbContext, IDataProtectionKeyContext
{
    public PortalDbContext(DbContextOptions<PortalDbContext> options) : base(options) { }

    protected PortalDbContext(DbContextOptions options) : base(options) { }

    /// <summary>The keys that protect sign-in cookies and antiforgery tokens, shared by every node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();
    public DbSet<Citizen> Citizens => Set<Citizen>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<JournalNote> JournalNotes => Set<JournalNote>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Inquiry> Inquiries => Set<Inquiry>();
    public DbSet<VisitationDraft> VisitationDrafts => Set<VisitationDraft>();
    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<HelpLine> HelpLines => Set<HelpLine>();
    public DbSet<CrisisPlanVersion> CrisisPlanVersions => Set<CrisisPlanVersion>();
    public DbSet<CrisisPlanDraft> CrisisPlanDrafts => Set<CrisisPlanDraft>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<CaseTask> Tasks => Set<CaseTask>();
    public DbSet<CooperationMeeting> Meetings => Set<CooperationMeeting>();
    public DbSet<ConflictOfInterest> Conflicts => Set<ConflictOfInterest>();
    public DbSet<ContactPersonAssignment> ContactPersonAssignments => Set<ContactPersonAssignment>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<RestrainingOrder> RestrainingOrders => Set<RestrainingOrder>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<EmergencyAccess> EmergencyAccesses => Set<EmergencyAccess>();
    public DbSet<TrainingRecord> TrainingRecords => Set<TrainingRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or sort DateTimeOffset; all times are UTC, stored as sortable ticks.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    /// <summary>Each entity is mapped by one class in Data/Mappings (<c>&lt;Entity&gt;Configuration</c>).</summary>
    protected override void OnModelCreating(ModelBuilder model) =>
        model.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// SQLite has no row version, so the application sets a new concurrency token on every save; an
    /// UPDATE whose original token no longer matches affects no row and EF reports a conflict.
    /// </summary>
    private void StampVersions()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            var version = entry.Metadata.FindProperty("Version");
            if (version is null || version.ClrType != typeof(Guid)) continue;
            entry.Property(version.Name).CurrentValue = Guid.NewGuid();
        }
    }
}
