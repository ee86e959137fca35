using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.Domain.Validation;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.ContactPersons;
using Portal.Domain.CrisisPlans;
using Portal.Domain.Incidents;
using Portal.Domain.Meetings;
using Portal.Domain.Referrals;
using Portal.Domain.Risk;
using Portal.Domain.Staff;
using Portal.Domain.Tasks;
using Portal.Domain.Visitation;
using Portal.Features.AccessLog;
using Portal.Features.Cases;
using Portal.Features.Consultations;
using Portal.Features.ContactPersons;
using Portal.Features.CrisisPlans;
using Portal.Features.EmergencyAccess;
using Portal.Features.Incidents;
using Portal.Features.Inquiries;
using Portal.Features.Meetings;
using Portal.Features.Referrals;
using Portal.Features.Risk;
using Portal.Features.Tasks;
using Portal.Features.Visitation;

namespace Portal.Tests.Data;

/// <summary>
/// Every public service method that takes a case id or the id of something on a case, called by people who must not
/// reach the case: a visitator who declared a conflict of interest, a visitator of another municipality, and the police.
/// Each call is refused, changes nothing, and leaves a refusal with the case id in the audit log. A second test fails
/// when a service gains such a method that is not in the table.
/// </summary>
public class CaseGateCoverageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private Ids _ids = null!;
    private Services _s = null!;

    private sealed record Ids(int CaseId, string CaseNumber, int ReferralId, int ConsentId, int OrderId, int TaskId, int ConsultationId,
        int EmergencyAccessId, int InquiryId, int ContactPersonId, Guid CaseVersion, Guid CitizenVersion, CitizenDetails Citizen,
        int ConflictId = 0, int BreachId = 0);

    private sealed record Services(CaseService Cases, ConsultationService Consultations, ContactPersonService ContactPersons,
        CrisisPlanService Plans, EmergencyAccessService Emergency, IncidentService Incidents, InquiryService Inquiries,
        MeetingService Meetings, ReferralService Referrals, ConsentService Consents, RestrainingOrderService Orders, RiskService Risk, TaskService Tasks, VisitationService Visitations,
        AccessLogService AccessLog, Portal.Features.Sharing.SharingService Sharing);

    private delegate Task Call(Services s, Ids ids, StaffMember who);

    private const string Reason = "Borgeren ringer akut, og sagens visitator kan ikke nås.";

    /// <summary>The entry points, by "Service.Method". Who is left out of an entry is said beside it.</summary>
    private static readonly Dictionary<string, Call> EntryPoints = new()
    {
        ["AccessLogService.WhoHasSeenAsync"] = (s, i, w) => s.AccessLog.WhoHasSeenAsync(i.CaseId, w),
        ["CaseService.RevealNameAsync"] = (s, i, w) => s.Cases.RevealNameAsync(i.CaseId, w),
        ["CaseService.RenewProtectionAsync"] = (s, i, w) => s.Cases.RenewProtectionAsync(i.CaseId, i.CitizenVersion, new DateOnly(2027, 6, 1), "Set i CPR.", w),
        ["CaseService.OpenAsync"] = (s, i, w) => s.Cases.OpenAsync(i.CaseId, w),
        ["CaseService.AddNoteAsync"] = (s, i, w) => s.Cases.AddNoteAsync(i.CaseId, w, "Et notat.", Guid.NewGuid()),
        ["CaseService.UpdateCitizenAsync"] = (s, i, w) => s.Cases.UpdateCitizenAsync(i.CaseId, i.CitizenVersion, i.Citizen, w),
        ["CaseService.ChangeProtectionAsync"] = (s, i, w) => s.Cases.ChangeProtectionAsync(i.CaseId, i.CitizenVersion, false, false, "Ophørt i CPR.", w),
        ["CaseService.MoveAsync"] = (s, i, w) => s.Cases.MoveAsync(i.CaseId, CaseStatus.Afsluttet, i.CaseVersion, w, outcome: CaseOutcome.Andet),
        ["CaseService.DecideOnNotificationAsync"] = (s, i, w) => s.Cases.DecideOnNotificationAsync(i.CaseId,
            new ChildrenDecisionForm { Decision = ChildWelfareDecision.IkkeNoedvendig, Reason = "Børnene bor hos faren." }, i.CaseVersion, w),
        ["ConsultationService.AskAsync"] = (s, i, w) => s.Consultations.AskAsync(i.CaseId, w, "Hvad gør vi nu?", Guid.NewGuid()),
        ["ConsultationService.AnswerAsync"] = (s, i, w) => s.Consultations.AnswerAsync(i.ConsultationId, w, "Sådan gør I."),
        ["ContactPersonService.OpenAsync"] = (s, i, w) => s.ContactPersons.OpenAsync(i.CaseId, w),
        ["ContactPersonService.AssignAsync"] = (s, i, w) => s.ContactPersons.AssignAsync(i.CaseId, w.Id, i.CaseVersion, "Overdragelse.", w),
        ["ContactPersonService.SaveWishesAsync"] = (s, i, w) => s.ContactPersons.SaveWishesAsync(i.CaseId, i.CaseVersion, new ContactPersonWishes(), w),
        // The conflicted visitator may withdraw their own declaration: that is the one act a conflict leaves them (see Allowed).
        ["ContactPersonService.WithdrawConflictAsync"] = (s, i, w) => s.ContactPersons.WithdrawConflictAsync(i.ConflictId, "Det var en fejl.", w),
        ["ContactPersonService.DeclareConflictAsync"] = (s, i, w) => s.ContactPersons.DeclareConflictAsync(i.CaseId, new ConflictDeclaration { StaffId = i.ContactPersonId, Reason = ConflictReason.KenderBorgeren }, w),
        ["CrisisPlanService.OpenAsync"] = (s, i, w) => s.Plans.OpenAsync(i.CaseId, w),
        ["CrisisPlanService.SaveDraftAsync"] = (s, i, w) => s.Plans.SaveDraftAsync(i.CaseId, 0, new CrisisPlanContent(), w),
        ["CrisisPlanService.SetLanguageAsync"] = (s, i, w) => s.Plans.SetLanguageAsync(i.CaseId, "ar", w),
        ["CrisisPlanService.DiscardDraftAsync"] = (s, i, w) => s.Plans.DiscardDraftAsync(i.CaseId, w),
        ["CrisisPlanService.VersionAsync"] = (s, i, w) => s.Plans.VersionAsync(i.CaseId, 1, w),
        ["CrisisPlanService.SaveAsync"] = (s, i, w) => s.Plans.SaveAsync(i.CaseId, 0, new CrisisPlanContent(), w),
        // Emergency access is for those who may not see the case: only the conflicted and the police are refused it.
        ["EmergencyAccessService.GrantAsync"] = (s, i, w) => s.Emergency.GrantAsync(i.CaseId, Reason, w),
        ["EmergencyAccessService.ReviewAsync"] = (s, i, w) => s.Emergency.ReviewAsync(i.EmergencyAccessId, Guid.Empty, true, null, w),
        ["IncidentService.OpenAsync"] = (s, i, w) => s.Incidents.OpenAsync(i.CaseId, w),
        ["IncidentService.RecordAsync"] = (s, i, w) => s.Incidents.RecordAsync(i.CaseId, new IncidentForm(), w, Guid.NewGuid()),
        ["InquiryService.TakeAsync"] = (s, i, w) => s.Inquiries.TakeAsync(i.InquiryId, w, i.CaseNumber),
        ["MeetingService.OpenAsync"] = (s, i, w) => s.Meetings.OpenAsync(i.CaseId, w),
        ["MeetingService.RecordAsync"] = (s, i, w) => s.Meetings.RecordAsync(i.CaseId, new MeetingForm(), w, Guid.NewGuid()),
        ["ReferralService.OpenCaseAsync"] = (s, i, w) => s.Referrals.OpenCaseAsync(i.CaseId, w),
        ["ReferralService.RevealNameAsync"] = (s, i, w) => s.Referrals.RevealNameAsync(i.ReferralId, w),
        ["ReferralService.OpenAsync"] = (s, i, w) => s.Referrals.OpenAsync(i.ReferralId, w),
        ["ReferralService.SendAsync"] = (s, i, w) => s.Referrals.SendAsync(i.CaseId, ValidReferral(), w, Guid.NewGuid()),
        ["ReferralService.MoveAsync"] = (s, i, w) => s.Referrals.MoveAsync(i.ReferralId, Guid.Empty, ReferralStatus.Modtaget, null, w),
        ["ConsentService.RecordAsync"] = (s, i, w) => s.Consents.RecordAsync(i.CaseId, ValidConsent(), w, Guid.NewGuid()),
        ["ConsentService.WithdrawAsync"] = (s, i, w) => s.Consents.WithdrawAsync(i.ConsentId, Guid.Empty, w),
        ["RestrainingOrderService.RecordAsync"] = (s, i, w) => s.Orders.RecordAsync(i.CaseId, ValidOrder(), w, Guid.NewGuid()),
        ["RestrainingOrderService.ReportBreachAsync"] = (s, i, w) => s.Orders.ReportBreachAsync(i.OrderId,
            new BreachForm { Date = new DateOnly(2026, 11, 20), Description = "Han stod ved døren." }, w, Guid.NewGuid()),
        ["RestrainingOrderService.CorrectAsync"] = (s, i, w) => s.Orders.CorrectAsync(i.OrderId, Guid.Empty,
            new RestrainingOrderForm { Kind = RestrainingOrderKind.Opholdsforbud, From = new DateOnly(2026, 11, 1), To = new DateOnly(2027, 11, 1) },
            "Forkert type.", w, Guid.NewGuid()),
        ["RestrainingOrderService.CorrectBreachAsync"] = (s, i, w) => s.Orders.CorrectBreachAsync(i.BreachId, Guid.Empty,
            new BreachForm { Date = new DateOnly(2026, 11, 21), Description = "Han stod ved døren." }, "Forkert dato.", w, Guid.NewGuid()),
        ["RiskService.OpenAsync"] = (s, i, w) => s.Risk.OpenAsync(i.CaseId, w),
        ["RiskService.AssessAsync"] = (s, i, w) => s.Risk.AssessAsync(i.CaseId, "partnervold-risiko", [], null, null, null, w),
        ["SharingService.OpenAsync"] = (s, i, w) => s.Sharing.OpenAsync(i.CaseId, w),
        ["SharingService.ShareAsync"] = (s, i, w) => s.Sharing.ShareAsync(i.CaseId, new CaseShareForm
        {
            StaffMemberId = w.Id, Reason = "Rådgivning.", Until = new DateOnly(2026, 12, 24), Part = SharePart.HeleSagen,
            Basis = ShareBasis.Samtykke, ConsentMethod = ConsentMethod.Mundtligt,
        }, Guid.NewGuid(), w),
        ["SharingService.EndAsync"] = (s, i, w) => s.Sharing.EndAsync(i.CaseId, 1, w),
        ["TaskService.OwnersForAsync"] = (s, i, w) => s.Tasks.OwnersForAsync(i.CaseId, w),
        ["TaskService.CreateAsync"] = (s, i, w) => s.Tasks.CreateAsync(i.CaseId, new TaskForm { Title = "Ring", OwnerId = w.Id }, w),
        ["TaskService.CloseAsync"] = (s, i, w) => s.Tasks.CloseAsync(i.TaskId, w),
        ["VisitationService.OpenAsync"] = (s, i, w) => s.Visitations.OpenAsync(i.CaseId, w),
        ["VisitationService.SaveDraftAsync"] = (s, i, w) => s.Visitations.SaveDraftAsync(i.CaseId, new VisitationAnswers(), 1, Guid.Empty, w),
        ["VisitationService.CompleteAsync"] = (s, i, w) => s.Visitations.CompleteAsync(i.CaseId, Guid.Empty, w),
    };

    /// <summary>Entry points a named outsider may legitimately use (emergency access is for exactly those who cannot see the case).</summary>
    private static readonly HashSet<(string EntryPoint, string Username)> Allowed =
    [
        ("EmergencyAccessService.GrantAsync", "visitator.birgitte"),
        ("ContactPersonService.WithdrawConflictAsync", "visitator.karsten"),
    ];

    private static readonly string[] Outsiders = ["visitator.karsten", "visitator.birgitte", "politi.jens"];

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var config = new ConfigurationBuilder().Build();
        var gate = _database.Gate;
        _s = new Services(new CaseService(_database, gate, _database.Time), new ConsultationService(_database, gate, _database.Audit, _database.Time),
            new ContactPersonService(_database, gate, Municipality.From(config)), new CrisisPlanService(gate), new EmergencyAccessService(_database, gate, _database.Audit),
            new IncidentService(gate), new InquiryService(_database, gate, _database.Audit, _database.Time, config), new MeetingService(gate),
            new ReferralService(_database, gate, _database.Time, config, Municipality.From(config)), new ConsentService(gate, _database.Time),
            new RestrainingOrderService(gate), new RiskService(gate, Portal.Features.Risk.InstrumentCatalog.FromAppFolder()),
            new TaskService(_database, gate, _database.Time),
            new VisitationService(_database, gate, _database.Audit, Portal.Features.Risk.InstrumentCatalog.FromAppFolder()),
            new AccessLogService(gate), new Portal.Features.Sharing.SharingService(gate));
        _ids = await ArrangeAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public void The_table_holds_every_service_method_that_takes_an_id_on_a_case()
    {
        var found = typeof(CaseService).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Namespace?.StartsWith("Portal.Features", StringComparison.Ordinal) == true && t.Name.EndsWith("Service", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType))
                .Where(m => m.GetParameters().All(p => p.ParameterType != typeof(Portal.Security.CaseScope)))
                .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(int) && p.Name!.EndsWith("Id", StringComparison.Ordinal)))
                .Select(m => $"{t.Name}.{m.Name}"))
            .Distinct().Order().ToList();

        Assert.True(found.Count >= 40, $"Only {found.Count} entry points found: the search itself is broken.");
        Assert.Equal(found, EntryPoints.Keys.Order().ToList());
    }

    [Fact]
    public async Task Everyone_without_access_is_refused_nothing_changes_and_the_refusal_is_audited()
    {
        var failures = new List<string>();
        foreach (var username in Outsiders)
        {
            var who = await _database.StaffAsync(username);
            foreach (var (name, call) in EntryPoints.OrderBy(e => e.Key))
            {
                if (Allowed.Contains((name, username))) continue;
                var before = await FingerprintAsync();
                var refusalsBefore = await RefusalsAsync(who);
                await call(_s, _ids, who);
                if (await FingerprintAsync() != before) failures.Add($"{name} as {username}: the database changed");
                if (await RefusalsAsync(who) <= refusalsBefore) failures.Add($"{name} as {username}: no refusal with the case id in the audit log");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_case_own_visitator_gets_through_the_same_entry_points()
    {
        // The refusals above must come from the gate, not from broken arrangements: the case's visitator opens what they read.
        var visitator = await _database.StaffAsync("visitator.mette");
        Assert.IsType<CaseOpenResult.Found>(await _s.Cases.OpenAsync(_ids.CaseId, visitator));
        Assert.NotNull(await _s.Referrals.OpenAsync(_ids.ReferralId, visitator));
        Assert.NotNull(await _s.AccessLog.WhoHasSeenAsync(_ids.CaseId, visitator));
        Assert.Equal(SaveStatus.Saved, (await _s.Cases.AddNoteAsync(_ids.CaseId, visitator, "Et notat.", Guid.NewGuid())).Status);
    }

    private async Task<int> RefusalsAsync(StaffMember who)
    {
        await using var db = _database.CreateDbContext();
        var caseId = _ids.CaseId;
        return await db.AuditEntries.CountAsync(e => e.Actor == who.Username && e.CaseId == caseId && e.Action.EndsWith(".denied"));
    }

    /// <summary>A hash of every row of every table but the audit log.</summary>
    private async Task<string> FingerprintAsync()
    {
        await using var db = _database.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>()
            .Where(t => t != "AuditEntries").Distinct().Order(StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var c = 0; c < reader.FieldCount; c++) row.Append(reader.GetValue(c)).Append('\u001f');
                rows.Add(row.ToString());
            }
            text.Append(table).Append('\n');
            foreach (var row in rows.Order(StringComparer.Ordinal)) text.Append(row).Append('\n');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// A case of the first municipality with a consent, a referral (not to the police), a restraining order, a task, a
    /// sparring question, an emergency access and an open inquiry — and a same-organisation visitator who is conflicted.
    /// </summary>
    private async Task<Ids> ArrangeAsync()
    {
        var mette = await _database.StaffAsync("visitator.mette");
        var karsten = await _database.StaffAsync("visitator.karsten");
        await using var db = _database.CreateDbContext();
        var c = await db.Cases.Include(x => x.Citizen)
            .Where(x => x.VisitatorId == mette.Id && x.ContactPersonId != null && x.Status != CaseStatus.Afsluttet)
            .Where(x => !db.Referrals.Any(r => r.CaseId == x.Id && r.Recipient == RecipientKind.Politi))
            .Where(x => !x.Conflicts.Any())
            .OrderBy(x => x.Id).FirstAsync();
        var contactPerson = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == c.ContactPersonId);

        Assert.True((await _s.Consents.RecordAsync(c.Id, ValidConsent(), mette, Guid.NewGuid())).IsSaved);
        var sent = await _s.Referrals.SendAsync(c.Id, ValidReferral(), mette, Guid.NewGuid());
        Assert.True(sent.IsSaved);
        Assert.True((await _s.Orders.RecordAsync(c.Id, ValidOrder(), mette, Guid.NewGuid())).IsSaved);
        var task = await _s.Tasks.CreateAsync(c.Id, new TaskForm { Title = "Ring til borgeren", OwnerId = mette.Id }, mette);
        Assert.True(task.IsSaved, task.Message);
        if (contactPerson.May(Capability.AskConsultation))
            Assert.True((await _s.Consultations.AskAsync(c.Id, contactPerson, "Hvordan griber jeg det an?", Guid.NewGuid())).IsSaved);
        var stranger = await db.Staff.AsNoTracking()
            .Where(s => s.Role == Role.Kontaktperson && s.Id != contactPerson.Id && s.IsActive).OrderBy(s => s.Id).FirstAsync();
        Assert.Equal(SaveStatus.Saved, (await _s.Emergency.GrantAsync(c.Id, Reason, stranger)).Status);
        Assert.Equal(Portal.Domain.Validation.SaveStatus.Saved, (await _s.ContactPersons.DeclareConflictAsync(c.Id, new ConflictDeclaration { StaffId = karsten.Id, Reason = ConflictReason.KenderModparten }, mette)).Status);
        var orderId = await db.RestrainingOrders.Where(o => o.CaseId == c.Id).Select(o => o.Id).FirstAsync();
        Assert.True((await _s.Orders.ReportBreachAsync(orderId,
            new BreachForm { Date = new DateOnly(2026, 11, 20), Description = "Han stod ved døren." }, mette, Guid.NewGuid())).IsSaved);

        await using var fresh = _database.CreateDbContext();
        var reloaded = await fresh.Cases.Include(x => x.Citizen).AsNoTracking().SingleAsync(x => x.Id == c.Id);
        var consultation = await fresh.Consultations.Where(x => x.CaseId == c.Id).Select(x => (int?)x.Id).FirstOrDefaultAsync()
                           ?? await fresh.Consultations.Select(x => x.Id).FirstAsync();
        return new Ids(c.Id, c.CaseNumber, sent.Value,
            await fresh.Consents.Where(x => x.CaseId == c.Id).Select(x => x.Id).FirstAsync(),
            await fresh.RestrainingOrders.Where(x => x.CaseId == c.Id).Select(x => x.Id).FirstAsync(),
            await fresh.Tasks.Where(x => x.CaseId == c.Id && x.ClosedAt == null).Select(x => x.Id).FirstAsync(),
            consultation,
            await fresh.EmergencyAccesses.Where(x => x.CaseId == c.Id).Select(x => x.Id).FirstAsync(),
            await fresh.Inquiries.Where(x => x.TakenAt == null && x.OrganisationId == mette.OrganisationId).Select(x => x.Id).FirstAsync(),
            contactPerson.Id, reloaded.Version, reloaded.Citizen.Version, CitizenDetails.From(reloaded.Citizen),
            await fresh.Conflicts.Where(x => x.CaseId == c.Id && x.StaffMemberId == karsten.Id).Select(x => x.Id).SingleAsync(),
            await fresh.Set<RestrainingOrderBreach>().Where(b => fresh.RestrainingOrders.Any(o => o.CaseId == c.Id && o.Id == b.RestrainingOrderId)).Select(b => b.Id).FirstAsync());
    }

    private static ConsentForm ValidConsent() => new()
    {
        Recipients = [RecipientKind.DanskStalkingCenter],
        Items = [SharedItem.Navn, SharedItem.Telefon],
        GivenOn = new DateOnly(2026, 11, 20),
        ValidUntil = new DateOnly(2027, 5, 20),
        Method = ConsentMethod.Mundtligt,
    };

    private static ReferralForm ValidReferral() => new()
    {
        Recipient = RecipientKind.DanskStalkingCenter,
        Purpose = "Rådgivning om stalking.",
        Urgency = ReferralUrgency.Almindelig,
        Items = [SharedItem.Navn, SharedItem.Telefon],
    };

    private static RestrainingOrderForm ValidOrder() => new()
    {
        Kind = RestrainingOrderKind.Tilhold,
        From = new DateOnly(2026, 11, 1),
        To = new DateOnly(2027, 11, 1),
    };
}
