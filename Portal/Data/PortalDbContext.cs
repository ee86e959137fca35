using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Audit;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.CrisisPlans;
using Portal.Domain.HelpLines;
using Portal.Domain.Incidents;
using Portal.Domain.Tasks;
using Portal.Domain.Inquiries;
using Portal.Domain.Risk;
using Portal.Domain.Visitation;
using Portal.Domain.Staff;

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
    public DbSet<Portal.Domain.Meetings.CooperationMeeting> Meetings => Set<Portal.Domain.Meetings.CooperationMeeting>();
    public DbSet<Portal.Domain.ContactPersons.ConflictOfInterest> Conflicts => Set<Portal.Domain.ContactPersons.ConflictOfInterest>();
    public DbSet<Portal.Domain.ContactPersons.ContactPersonAssignment> ContactPersonAssignments => Set<Portal.Domain.ContactPersons.ContactPersonAssignment>();
    public DbSet<Portal.Domain.Referrals.Referral> Referrals => Set<Portal.Domain.Referrals.Referral>();
    public DbSet<Portal.Domain.Referrals.Consent> Consents => Set<Portal.Domain.Referrals.Consent>();
    public DbSet<Portal.Domain.Referrals.RestrainingOrder> RestrainingOrders => Set<Portal.Domain.Referrals.RestrainingOrder>();
    public DbSet<Portal.Domain.Organisations.Organisation> Organisations => Set<Portal.Domain.Organisations.Organisation>();
    public DbSet<Portal.Domain.Access.EmergencyAccess> EmergencyAccesses => Set<Portal.Domain.Access.EmergencyAccess>();
    public DbSet<Portal.Domain.Training.TrainingRecord> TrainingRecords => Set<Portal.Domain.Training.TrainingRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or sort DateTimeOffset; all times are UTC, stored as sortable ticks.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        // Features may keep their mappings beside them as IEntityTypeConfiguration<T> classes.
        model.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

        model.Entity<StaffMember>(b =>
        {
            b.HasIndex(s => s.Username).IsUnique();
            b.HasIndex(s => s.EntraObjectId).IsUnique();
            b.Property(s => s.EntraObjectId).HasMaxLength(64);
            b.Property(s => s.Username).HasMaxLength(100);
            b.Property(s => s.Name).HasMaxLength(200);
            b.Property(s => s.Department).HasMaxLength(200);
            b.HasOne<Portal.Domain.Organisations.Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            b.Property(s => s.Version).IsConcurrencyToken();
        });

        model.Entity<Citizen>(b =>
        {
            b.Property(c => c.Name).HasMaxLength(CitizenDetails.NameMax);
            b.Property(c => c.SearchName).HasMaxLength(SearchKey.MaxLength);
            b.HasIndex(c => c.SearchName);
            b.Property(c => c.Cpr).HasMaxLength(11);
            b.Property(c => c.Phone).HasMaxLength(20);
            b.Property(c => c.Email).HasMaxLength(CitizenDetails.EmailMax);
            b.Property(c => c.Address).HasMaxLength(CitizenDetails.AddressMax);
            b.ComplexProperty(c => c.SafeContact, sc => sc.Property(x => x.SafeTimes).HasMaxLength(CitizenDetails.SafeTimesMax));
            b.OwnsMany(c => c.Children, ch => ch.ToJson());
            b.Navigation(c => c.Children).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.Property(c => c.Version).IsConcurrencyToken();
        });

        model.Entity<Case>(b =>
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
            b.HasOne<Portal.Domain.Organisations.Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
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
        });

        model.Entity<CaseShare>(b =>
        {
            b.HasKey(s => s.Id);
            b.HasIndex(s => s.Key).IsUnique();
            // Ending a share twice at once (a user and the expiry, or two nodes): the second finds it ended.
            b.Property(s => s.EndedAt).IsConcurrencyToken();
            b.HasIndex(s => new { s.StaffMemberId, s.EndedAt });
            b.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
            b.Property(s => s.StaffName).HasMaxLength(200);
            b.Property(s => s.SharedByName).HasMaxLength(200);
            b.Property(s => s.EndedByName).HasMaxLength(200);
            b.Property(s => s.Reason).HasMaxLength(CaseShare.ReasonMax);
            b.Property(s => s.AddressReason).HasMaxLength(CaseShare.ReasonMax);
            b.Property(s => s.LegalBasis).HasMaxLength(CaseShareForm.LegalBasisMax);
        });

        model.Entity<JournalNote>(b =>
        {
            b.Property(n => n.Text).HasMaxLength(JournalNote.TextMax);
            b.Property(n => n.AuthorName).HasMaxLength(200);
        });

        model.Entity<CaseEvent>(b =>
        {
            b.Property(e => e.Text).HasMaxLength(CaseEvent.TextMax);
            b.Property(e => e.ActorName).HasMaxLength(200);
        });

        model.Entity<Inquiry>(b =>
        {
            b.HasIndex(i => i.RequestId).IsUnique();
            b.HasIndex(i => new { i.TakenAt, i.IsAcute });
            b.HasIndex(i => i.RegisteredById);
            b.HasIndex(i => new { i.OrganisationId, i.ReceivedAt });
            b.HasIndex(i => i.ReceivedAt);
            b.Property(i => i.CitizenName).HasMaxLength(CitizenDetails.NameMax);
            b.Property(i => i.Description).HasMaxLength(Inquiry.TextMax);
            b.HasOne(i => i.Case).WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
            b.Property(i => i.Version).IsConcurrencyToken();
        });

        model.Entity<VisitationDraft>(b =>
        {
            b.HasIndex(v => v.CaseId).IsUnique();
            b.HasOne<Case>().WithMany().HasForeignKey(v => v.CaseId);
            b.Property(v => v.Version).IsConcurrencyToken();
        });

        model.Entity<RiskAssessment>(b =>
        {
            b.HasIndex(r => r.CaseId);
            b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId);
            b.Property(r => r.InstrumentId).HasMaxLength(60);
            b.Property(r => r.RaiseReason).HasMaxLength(RiskJudgement.ReasonMax);
            b.Property(r => r.ChildrenDecisionNote).HasMaxLength(1000);
            b.Ignore(r => r.Answers);
        });

        model.Entity<Consultation>(b =>
        {
            b.HasIndex(c => c.RequestId).IsUnique();
            b.HasIndex(c => c.AnsweredAt);
            b.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId);
            b.Property(c => c.Question).HasMaxLength(Consultation.TextMax);
            b.Property(c => c.Answer).HasMaxLength(Consultation.TextMax);
            b.Property(c => c.Version).IsConcurrencyToken();
        });

        model.Entity<HelpLine>(b =>
        {
            b.Property(h => h.Name).HasMaxLength(100);
            b.Property(h => h.DiscreetName).HasMaxLength(100);
            b.Property(h => h.Number).HasMaxLength(30);
            b.Property(h => h.OpeningHours).HasMaxLength(100);
            b.Property(h => h.Description).HasMaxLength(300);
            b.Property(h => h.ConfirmedByName).HasMaxLength(200);
            b.Property(h => h.Version).IsConcurrencyToken();
        });

        model.Entity<CrisisPlanVersion>(b =>
        {
            // One row per (case, number): two saves based on the same version cannot both succeed.
            b.HasIndex(v => new { v.CaseId, v.Number }).IsUnique();
            b.HasOne<Case>().WithMany().HasForeignKey(v => v.CaseId);
            b.Ignore(v => v.Content);
        });

        model.Entity<CrisisPlanDraft>(b =>
        {
            b.HasIndex(d => new { d.CaseId, d.StaffMemberId }).IsUnique();
            b.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId);
            b.HasOne<StaffMember>().WithMany().HasForeignKey(d => d.StaffMemberId);
            b.Ignore(d => d.Content);
        });

        model.Entity<Incident>(b =>
        {
            b.HasIndex(i => i.CaseId);
            b.HasIndex(i => i.RequestId).IsUnique();
            b.HasOne<Case>().WithMany().HasForeignKey(i => i.CaseId);
            b.Property(i => i.WhatHappened).HasMaxLength(Incident.TextMax);
            b.Property(i => i.Place).HasMaxLength(200);
            b.Property(i => i.Witnesses).HasMaxLength(500);
            b.Property(i => i.Evidence).HasMaxLength(1000);
        });

        model.Entity<CaseTask>(b =>
        {
            b.HasIndex(t => new { t.OwnerId, t.ClosedAt });
            b.HasIndex(t => new { t.ClosedAt, t.DueAt });
            b.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId);
            b.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Restrict);
            b.Property(t => t.Title).HasMaxLength(200);
            b.Property(t => t.Version).IsConcurrencyToken();
        });

        model.Entity<Portal.Domain.Meetings.CooperationMeeting>(b =>
        {
            b.HasIndex(m => m.CaseId);
            b.HasIndex(m => m.RequestId).IsUnique();
            b.HasOne<Case>().WithMany().HasForeignKey(m => m.CaseId);
            b.Property(m => m.Notes).HasMaxLength(4000);
            b.Ignore(m => m.Participants);
        });

        model.Entity<Portal.Domain.Training.TrainingRecord>(b =>
        {
            b.HasIndex(t => new { t.StaffMemberId, t.TrainedOn });
            b.HasIndex(t => t.TrainedOn);
            b.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
            b.Property(t => t.RecordedByName).HasMaxLength(200);
        });

        model.Entity<AuditEntry>(b =>
        {
            b.HasKey(a => a.Sequence);
            b.HasIndex(a => a.CaseId);
            b.Property(a => a.Actor).HasMaxLength(100);
            b.Property(a => a.Action).HasMaxLength(60);
            b.Property(a => a.Details).HasMaxLength(1000);
            b.Property(a => a.PreviousHash).HasMaxLength(64);
            b.Property(a => a.Hash).HasMaxLength(64);
            // Rows that existed before the chain was keyed were plain SHA-256; the new column says so for them.
            b.Property(a => a.Scheme).HasDefaultValue(AuditHashScheme.Sha256).HasSentinel((AuditHashScheme)0);
        });
    }

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
