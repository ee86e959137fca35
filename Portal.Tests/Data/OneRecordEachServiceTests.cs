using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.Domain.Validation;
using Portal.Domain.Cases;
using Portal.Domain.ContactPersons;
using Portal.Domain.Referrals;
using Portal.Domain.Risk;
using Portal.Domain.Staff;
using Portal.Domain.Tasks;
using Portal.Features.Cases;
using Portal.Features.ContactPersons;
using Portal.Features.HelpLines;
using Portal.Features.Referrals;
using Portal.Features.Risk;
using Portal.Features.Tasks;

namespace Portal.Tests.Data;

/// <summary>One record each: the underretning, a withdrawn conflict, corrected restraining orders, confirmed help lines.</summary>
public class OneRecordEachServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private RiskService _risk = null!;
    private CaseService _cases = null!;
    private TaskService _tasks = null!;
    private ContactPersonService _contactPersons = null!;
    private ReferralService _referrals = null!;
    private RestrainingOrderService _orders = null!;
    private HelpLineService _helpLines = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var config = new ConfigurationBuilder().Build();
        _risk = new RiskService(_database.Gate, InstrumentCatalog.FromAppFolder());
        _cases = new CaseService(_database, _database.Gate, _database.Time);
        _tasks = new TaskService(_database, _database.Gate, _database.Time);
        _contactPersons = new ContactPersonService(_database, _database.Gate, Municipality.From(config));
        _referrals = new ReferralService(_database, _database.Gate, _database.Time, config, Municipality.From(config));
        _orders = new RestrainingOrderService(_database.Gate);
        _helpLines = new HelpLineService(_database, _database.Audit, _database.Time);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private DateOnly Today => Portal.Domain.Calendar.DanishTime.Today(_database.Time.GetUtcNow());

    /// <summary>An open case with children, no underretning decision and a contact person; and that contact person.</summary>
    private async Task<(int CaseId, StaffMember Owner)> UndecidedCaseAsync()
    {
        await using var db = _database.CreateDbContext();
        var c = (await db.Cases.Include(x => x.Citizen)
                .Where(x => x.ContactPersonId != null && x.ChildrenDecision == null && x.Status != CaseStatus.Afsluttet).ToListAsync())
            .Where(x => x.Citizen.HasChildren).OrderBy(x => x.Id).First();
        return (c.Id, await db.Staff.AsNoTracking().SingleAsync(s => s.Id == c.ContactPersonId));
    }

    private async Task<Case> CaseAsync(int id)
    {
        await using var db = _database.CreateDbContext();
        return await db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Id == id);
    }

    private (Instrument Instrument, Dictionary<string, string> Answers) LowChecklist()
    {
        var checklist = _risk.Instruments.Single(i => i.Id == "partnervold-risiko");
        return (checklist, checklist.Items.ToDictionary(i => i.Id, _ => "nej"));
    }

    private async Task<int> AssessmentsAsync(int caseId)
    {
        await using var db = _database.CreateDbContext();
        return await db.RiskAssessments.CountAsync(r => r.CaseId == caseId);
    }

    [Fact]
    public async Task Answering_on_the_risk_page_fills_the_case_decision_and_the_risk_page_then_shows_it()
    {
        var (caseId, owner) = await UndecidedCaseAsync();
        var (checklist, answers) = LowChecklist();
        Assert.True((await _risk.OpenAsync(caseId, owner))!.AsksChildrenQuestion);
        Assert.Contains(await _tasks.MyOpenTasksAsync(owner), t => t.CaseId == caseId && t.Title == TaskService.DecideOnNotification);

        var assessed = await _risk.AssessAsync(caseId, checklist.Id, answers, null, null,
            new ChildrenDecisionForm { Decision = ChildWelfareDecision.Underrettet, SentOn = Today, SentTo = "Børn og Familie, Myndighed" }, owner);

        Assert.True(assessed.IsSaved, assessed.Message);
        var c = await CaseAsync(caseId);
        Assert.Equal((ChildWelfareDecision.Underrettet, Today, "Børn og Familie, Myndighed", owner.Name),
            (c.ChildrenDecision!.Value, c.NotificationSentOn!.Value, c.NotificationSentTo!, c.ChildrenDecidedByName!));
        Assert.Contains(c.Events, e => e.Kind == CaseEventKind.ChildrenDecision && e.Text.Contains("Børn og Familie, Myndighed"));
        await using (var db = _database.CreateDbContext())
        {
            Assert.Null((await db.RiskAssessments.Where(r => r.CaseId == caseId).OrderBy(r => r.Id).LastAsync()).ChildrenDecision);
            Assert.Contains(await db.AuditEntries.Where(a => a.CaseId == caseId && a.Action == "risk.assess").Select(a => a.Details).ToListAsync(),
                d => d.Contains("underretning er sendt"));
        }
        var page = (await _risk.OpenAsync(caseId, owner))!;
        Assert.False(page.AsksChildrenQuestion);
        Assert.StartsWith($"Underretning sendt {Today:dd-MM-yyyy} til Børn og Familie, Myndighed", page.ChildrenDecisionText);
        Assert.DoesNotContain(await _tasks.MyOpenTasksAsync(owner), t => t.CaseId == caseId && t.Title == TaskService.DecideOnNotification);

        // A second answer from a page opened before is a conflict and saves nothing, not even the assessment.
        var count = await AssessmentsAsync(caseId);
        var again = await _risk.AssessAsync(caseId, checklist.Id, answers, null, null,
            new ChildrenDecisionForm { Decision = ChildWelfareDecision.IkkeNoedvendig, Reason = "Fejl." }, owner);
        Assert.Equal((SaveStatus.Conflict, RiskService.AlreadyDecided), (again.Status, again.Message));
        Assert.Equal(count, await AssessmentsAsync(caseId));
    }

    [Fact]
    public async Task Bad_underretning_input_on_the_risk_page_gets_the_case_pages_messages_and_saves_nothing()
    {
        var (caseId, owner) = await UndecidedCaseAsync();
        var (checklist, answers) = LowChecklist();
        var before = await AssessmentsAsync(caseId);

        var none = await _risk.AssessAsync(caseId, checklist.Id, answers, null, null, null, owner);
        Assert.Equal(SaveStatus.Invalid, none.Status);
        Assert.Equal("Der er børn i husstanden: tag stilling til, om der skal underrettes.", none.Errors["ChildrenDecision"]);

        var sent = await _risk.AssessAsync(caseId, checklist.Id, answers, null, null, new ChildrenDecisionForm { Decision = ChildWelfareDecision.Underrettet }, owner);
        Assert.Equal(("Angiv datoen, underretningen blev sendt.", "Modtageren skal udfyldes."), (sent.Errors["ChildrenSentOn"], sent.Errors["ChildrenSentTo"]));
        var notNeeded = await _risk.AssessAsync(caseId, checklist.Id, answers, null, null, new ChildrenDecisionForm { Decision = ChildWelfareDecision.IkkeNoedvendig }, owner);
        Assert.Equal("Begrundelsen skal udfyldes.", notNeeded.Errors["ChildrenReason"]);

        Assert.Equal(before, await AssessmentsAsync(caseId));
        var c = await CaseAsync(caseId);
        Assert.Null(c.ChildrenDecision);
        Assert.DoesNotContain(c.Events, e => e.Kind is CaseEventKind.ChildrenDecision or CaseEventKind.RiskAssessed && e.At == _database.Time.GetUtcNow());
    }

    [Fact]
    public async Task Due_from_the_risk_page_makes_a_task_that_closes_when_the_case_page_records_it_sent()
    {
        var (caseId, owner) = await UndecidedCaseAsync();
        var (checklist, answers) = LowChecklist();

        var due = await _risk.AssessAsync(caseId, checklist.Id, answers, null, null,
            new ChildrenDecisionForm { Decision = ChildWelfareDecision.SkalUnderrettes }, owner);
        Assert.True(due.IsSaved, due.Message);
        Assert.Contains(await _tasks.MyOpenTasksAsync(owner), t => t.CaseId == caseId && t.Title == RiskFollowUp.SendNotification);
        var page = (await _risk.OpenAsync(caseId, owner))!;
        Assert.True(page.NotificationDue);
        // Already noted as due: a new assessment need not answer again, and makes no second task.
        Assert.True((await _risk.AssessAsync(caseId, checklist.Id, answers, null, null, null, owner)).IsSaved);
        Assert.Single(await _tasks.MyOpenTasksAsync(owner), t => t.CaseId == caseId && t.Title == RiskFollowUp.SendNotification);

        var c = await CaseAsync(caseId);
        var result = await _cases.DecideOnNotificationAsync(caseId,
            new ChildrenDecisionForm { Decision = ChildWelfareDecision.Underrettet, SentOn = Today, SentTo = "Børn og Familie" }, c.Version, owner);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var open = await _tasks.MyOpenTasksAsync(owner);
        Assert.DoesNotContain(open, t => t.CaseId == caseId && (t.Title == RiskFollowUp.SendNotification || t.Title == TaskService.DecideOnNotification));
        await using var db = _database.CreateDbContext();
        var closed = await db.Tasks.SingleAsync(t => t.CaseId == caseId && t.Source == TaskSource.Underretning);
        Assert.Equal(Case.PortalActor, closed.ClosedByName);
    }

    [Fact]
    public async Task A_colleague_who_may_assess_but_not_decide_is_not_asked_and_cannot_decide()
    {
        var (caseId, _) = await UndecidedCaseAsync();
        var c = await CaseAsync(caseId);
        await using var db0 = _database.CreateDbContext();
        var colleague = await db0.Staff.AsNoTracking()
            .Where(s => s.Role == Role.Visitator && s.IsActive && s.OrganisationId == c.OrganisationId && s.Id != c.VisitatorId && s.Id != c.ContactPersonId
                        && !db0.Conflicts.Any(x => x.CaseId == caseId && x.StaffMemberId == s.Id))
            .OrderBy(s => s.Id).FirstAsync();
        var (checklist, answers) = LowChecklist();
        var page = (await _risk.OpenAsync(caseId, colleague))!;
        Assert.False(page.CanDecide || page.AsksChildrenQuestion);
        var before = await AssessmentsAsync(caseId);

        var forged = await _risk.AssessAsync(caseId, checklist.Id, answers, null, null,
            new ChildrenDecisionForm { Decision = ChildWelfareDecision.IkkeNoedvendig, Reason = "Ikke relevant." }, colleague);
        Assert.Equal((SaveStatus.Refused, "Kun sagens visitator eller faste kontaktperson kan tage stilling til underretning."), (forged.Status, forged.Message));
        Assert.Equal(before, await AssessmentsAsync(caseId));

        Assert.True((await _risk.AssessAsync(caseId, checklist.Id, answers, null, null, null, colleague)).IsSaved);
        Assert.Equal(before + 1, await AssessmentsAsync(caseId));
        Assert.Null((await CaseAsync(caseId)).ChildrenDecision);
    }

    private async Task<(int CaseId, StaffMember Visitator, StaffMember Conflicted)> ConflictedCaseAsync()
    {
        var mette = await _database.StaffAsync("visitator.mette");
        var karsten = await _database.StaffAsync("visitator.karsten");
        await using var db = _database.CreateDbContext();
        var caseId = await db.Cases.Where(c => c.VisitatorId == mette.Id && c.Status != CaseStatus.Afsluttet && !c.Conflicts.Any())
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        Assert.Equal(SaveStatus.Saved, (await _contactPersons.DeclareConflictAsync(caseId, new ConflictDeclaration { StaffId = karsten.Id, Reason = ConflictReason.KenderBorgeren }, mette)).Status);
        return (caseId, mette, karsten);
    }

    [Fact]
    public async Task The_conflicted_staff_member_withdraws_their_own_declaration_and_sees_the_case_again()
    {
        var (caseId, mette, karsten) = await ConflictedCaseAsync();
        Assert.IsType<ContactPersonOpenResult.NoAccess>(await _contactPersons.OpenAsync(caseId, karsten));
        var own = Assert.Single(await _contactPersons.MyConflictsAsync(karsten), x => x.CaseId == caseId);

        var missing = await _contactPersons.WithdrawConflictAsync(own.Id, "  ", karsten);
        Assert.Equal((SaveStatus.Invalid, "Begrundelsen skal udfyldes."), (missing.Status, missing.Errors["WithdrawReason"]));
        Assert.IsType<ContactPersonOpenResult.NoAccess>(await _contactPersons.OpenAsync(caseId, karsten));

        Assert.Equal(SaveStatus.Saved, (await _contactPersons.WithdrawConflictAsync(own.Id, "Det var en anden borger med samme navn.", karsten)).Status);
        Assert.Equal(SaveStatus.Saved, (await _contactPersons.WithdrawConflictAsync(own.Id, "Dobbeltklik.", karsten)).Status); // a repeat changes nothing

        Assert.IsType<ContactPersonOpenResult.Found>(await _contactPersons.OpenAsync(caseId, karsten));
        Assert.DoesNotContain(await _contactPersons.MyConflictsAsync(karsten), x => x.CaseId == caseId);
        var entry = Assert.Single(Assert.IsType<ContactPersonOpenResult.Found>(await _contactPersons.OpenAsync(caseId, mette)).Data.Conflicts);
        Assert.Equal((false, karsten.Name, "Det var en anden borger med samme navn."), (entry.IsActive, entry.WithdrawnBy!, entry.WithdrawnReason!));
        var c = await CaseAsync(caseId);
        Assert.Single(c.Events, e => e.Kind == CaseEventKind.ConflictWithdrawn);
        await using var db = _database.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "contactperson.conflict-withdraw");
        Assert.Equal((karsten.Username, (int?)caseId), (audit.Actor, audit.CaseId));
        Assert.Contains("Det var en anden borger med samme navn.", audit.Details);
        Assert.Equal(1, await db.Conflicts.CountAsync(x => x.CaseId == caseId)); // the declaration is kept, not deleted
    }

    [Fact]
    public async Task The_visitator_withdraws_a_colleagues_conflict_others_are_refused_and_declaring_again_is_a_new_record()
    {
        var (caseId, mette, karsten) = await ConflictedCaseAsync();
        var conflictId = Assert.Single(Assert.IsType<ContactPersonOpenResult.Found>(await _contactPersons.OpenAsync(caseId, mette)).Data.Conflicts).Id;
        var c = await CaseAsync(caseId);
        await using (var db = _database.CreateDbContext())
        {
            var contactPerson = c.ContactPersonId is { } cp ? await db.Staff.AsNoTracking().SingleAsync(s => s.Id == cp) : null;
            var birgitte = await _database.StaffAsync("visitator.birgitte");
            if (contactPerson is not null && contactPerson.Id != mette.Id)
            {
                var byContactPerson = await _contactPersons.WithdrawConflictAsync(conflictId, "Fejl.", contactPerson);
                Assert.Equal((SaveStatus.Refused, "Kun medarbejderen selv eller sagens stalkingvisitator kan trække inhabiliteten tilbage."),
                    (byContactPerson.Status, byContactPerson.Message));
            }
            var byOutsider = await _contactPersons.WithdrawConflictAsync(conflictId, "Fejl.", birgitte);
            Assert.Equal((SaveStatus.Refused, Portal.Security.CaseGate.NoAccessMessage), (byOutsider.Status, byOutsider.Message));
        }
        Assert.IsType<ContactPersonOpenResult.NoAccess>(await _contactPersons.OpenAsync(caseId, karsten));

        Assert.Equal(SaveStatus.Saved, (await _contactPersons.WithdrawConflictAsync(conflictId, "Registreret på den forkerte kollega.", mette)).Status);
        Assert.IsType<ContactPersonOpenResult.Found>(await _contactPersons.OpenAsync(caseId, karsten));

        Assert.Equal(SaveStatus.Saved, (await _contactPersons.DeclareConflictAsync(caseId, new ConflictDeclaration { StaffId = karsten.Id, Reason = ConflictReason.KenderModparten }, mette)).Status);
        var conflicts = Assert.IsType<ContactPersonOpenResult.Found>(await _contactPersons.OpenAsync(caseId, mette)).Data.Conflicts;
        Assert.Equal([false, true], conflicts.Select(x => x.IsActive));
        Assert.IsType<ContactPersonOpenResult.NoAccess>(await _contactPersons.OpenAsync(caseId, karsten));
    }

    private async Task<(int CaseId, RestrainingOrder Order, StaffMember By)> OrderAsync()
    {
        var mette = await _database.StaffAsync("visitator.mette");
        await using var db = _database.CreateDbContext();
        var caseId = await db.Cases.Where(c => c.VisitatorId == mette.Id && c.Status != CaseStatus.Afsluttet && !c.Conflicts.Any())
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var form = new RestrainingOrderForm { Kind = RestrainingOrderKind.Tilhold, From = Today.AddDays(-30), To = Today.AddDays(300) };
        Assert.True((await _orders.RecordAsync(caseId, form, mette, Guid.NewGuid())).IsSaved);
        var order = await db.RestrainingOrders.AsNoTracking().SingleAsync(o => o.CaseId == caseId);
        Assert.True((await _orders.ReportBreachAsync(order.Id,
            new BreachForm { Date = Today.AddDays(-2), Description = "Stod ved døren." }, mette, Guid.NewGuid())).IsSaved);
        return (caseId, await LoadOrderAsync(order.Id), mette);
    }

    private async Task<RestrainingOrder> LoadOrderAsync(int id)
    {
        await using var db = _database.CreateDbContext();
        return await db.RestrainingOrders.AsNoTracking().Include(o => o.Breaches).Include(o => o.Corrections).SingleAsync(o => o.Id == id);
    }

    [Fact]
    public async Task An_order_and_a_breach_are_corrected_with_history_shown_audited_and_a_stale_page_gets_a_conflict()
    {
        var (caseId, order, mette) = await OrderAsync();
        var form = RestrainingOrderForm.Of(order);
        form.To = Today.AddDays(700);

        Assert.True((await _orders.CorrectAsync(order.Id, order.Version, form, "Forlænget af politiet.", mette, Guid.NewGuid())).IsSaved);
        var stale = await _orders.CorrectAsync(order.Id, order.Version,
            new RestrainingOrderForm { Kind = RestrainingOrderKind.Opholdsforbud, From = order.From, To = order.To }, "Forkert type.", mette, Guid.NewGuid());
        Assert.Equal((SaveStatus.Conflict, RestrainingOrderService.OrderChangedMessage), (stale.Status, stale.Message));

        var breach = order.Breaches.Single();
        var breachForm = BreachForm.Of(breach);
        breachForm.Description = "Stod ved døren og ringede på.";
        var invalid = await _orders.CorrectBreachAsync(breach.Id, breach.Version, breachForm, null, mette, Guid.NewGuid());
        Assert.Equal((SaveStatus.Invalid, "Begrundelsen for rettelsen skal udfyldes."), (invalid.Status, invalid.Errors["Reason"]));
        Assert.True((await _orders.CorrectBreachAsync(breach.Id, breach.Version, breachForm, "Borgeren uddybede.", mette, Guid.NewGuid())).IsSaved);

        var shown = Assert.Single((await _referrals.OpenCaseAsync(caseId, mette))!.Orders.Orders);
        Assert.Equal((Today.AddDays(700), RestrainingOrderKind.Tilhold, "Stod ved døren og ringede på."), (shown.To, shown.Kind, shown.Breaches.Single().Description));
        Assert.Equal(["Tilhold", $"Overtrædelse {Today.AddDays(-2):dd-MM-yyyy}"], shown.Corrections.OrderBy(c => c.Id).Select(c => c.What));
        Assert.Equal($"{Today.AddDays(-2):dd-MM-yyyy}: Stod ved døren. (anmeldt til politiet)", shown.Corrections.OrderBy(c => c.Id).Last().Previous);
        await using var db = _database.CreateDbContext();
        var actions = await db.AuditEntries.Where(a => a.CaseId == caseId && a.Action.StartsWith("restraining-order.")).Select(a => a.Action).ToListAsync();
        Assert.Contains("restraining-order.correct", actions);
        Assert.Contains("restraining-order.breach-correct", actions);
    }

    [Fact]
    public async Task A_shipped_example_is_confirmed_by_the_administrator_only_and_audited()
    {
        await using (var seed = _database.CreateDbContext()) await HelpLineSeed.SeedAsync(seed);
        var lines = await _helpLines.ListAsync();
        var example = lines.Single(h => h.Number == "1888");
        Assert.Equal([Portal.Domain.HelpLines.HelpLine.ExampleWarning], example.Warnings);

        var visitator = await _database.StaffAsync("visitator.mette");
        var refused = await _helpLines.ConfirmAsync(example.Id, example.Version, visitator);
        Assert.Equal((SaveStatus.Refused, "Kun administratorer kan bekræfte hjælpelinjer."), (refused.Status, refused.Message));
        var admin = await _database.StaffAsync("administrator.per");
        Assert.Equal(SaveStatus.Saved, (await _helpLines.ConfirmAsync(example.Id, example.Version, admin)).Status);

        var after = (await _helpLines.ListAsync()).Single(h => h.Id == example.Id);
        Assert.Equal((false, admin.Name), (after.NeedsConfirmation, after.ConfirmedByName!));
        await using var db = _database.CreateDbContext();
        Assert.Single(await db.AuditEntries.Where(a => a.Action == "helpline.confirm" && a.Actor == admin.Username).ToListAsync());
    }

    [Fact]
    public async Task A_help_line_save_answers_saved_invalid_refused_or_conflict_and_only_saved_changes_anything()
    {
        var admin = await _database.StaffAsync("administrator.per");
        var visitator = await _database.StaffAsync("visitator.mette");
        var details = new Portal.Domain.HelpLines.HelpLineDetails { Name = "Testlinjen", DiscreetName = "Linjen", Number = "70 20 30 40" };

        var refused = await _helpLines.SaveAsync(null, Guid.Empty, details, visitator);
        Assert.Equal((SaveStatus.Refused, "Kun administratorer kan rette hjælpelinjer."), (refused.Status, refused.Message));

        var invalid = await _helpLines.SaveAsync(null, Guid.Empty, new Portal.Domain.HelpLines.HelpLineDetails { Name = "X", DiscreetName = "Voldslinjen", Number = "abc" }, admin);
        Assert.Equal(SaveStatus.Invalid, invalid.Status);
        Assert.Equal("Nummeret må kun indeholde cifre, mellemrum, + og -.", invalid.Errors["Number"]);
        Assert.DoesNotContain(await _helpLines.ListAsync(), h => h.Name is "Testlinjen" or "X");

        Assert.Equal(SaveStatus.Saved, (await _helpLines.SaveAsync(null, Guid.Empty, details, admin)).Status);
        var line = (await _helpLines.ListAsync()).Single(h => h.Name == "Testlinjen");
        details.Number = "70 20 30 41";
        Assert.Equal(SaveStatus.Saved, (await _helpLines.SaveAsync(line.Id, line.Version, details, admin)).Status);

        // A save based on the version read before the update above.
        var stale = await _helpLines.SaveAsync(line.Id, line.Version, new Portal.Domain.HelpLines.HelpLineDetails
            { Name = "Testlinjen", DiscreetName = "Linjen", Number = "11 11 11 11" }, admin);
        Assert.Equal((SaveStatus.Conflict, "En anden har rettet hjælpelinjen, siden du åbnede den. Genindlæs siden og ret igen."), (stale.Status, stale.Message));
        Assert.Equal("70 20 30 41", (await _helpLines.ListAsync()).Single(h => h.Id == line.Id).Number);
    }
}
