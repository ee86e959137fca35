using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.Domain.Validation;
using Portal.Domain.Cases;
using Portal.Domain.CrisisPlans;
using Portal.Domain.Risk;
using Portal.Domain.Staff;
using Portal.Features.CrisisPlans;
using Portal.Features.Risk;
using Portal.Features.Tasks;

namespace Portal.Tests.Data;

public class CrisisPlanAndRiskServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CrisisPlanService _plans = null!;
    private RiskService _risk = null!;
    private TaskService _tasks = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _plans = new CrisisPlanService(_database.Gate);
        _risk = new RiskService(_database.Gate, InstrumentCatalog.FromAppFolder());
        _tasks = new TaskService(_database, _database.Gate, _database.Time);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<StaffMember> StaffAsync(string username) => _database.StaffAsync(username);

    private async Task<int> OwnedCaseAsync(StaffMember owner, bool withChildren = false)
    {
        await using var db = _database.CreateDbContext();
        var cases = await db.Cases.Include(c => c.Citizen).Where(c => c.ContactPersonId == owner.Id && c.Status != CaseStatus.Afsluttet).ToListAsync();
        return cases.Where(c => c.Citizen.HasChildren == withChildren).OrderBy(c => c.Id).First().Id;
    }

    [Fact]
    public async Task Two_saves_on_the_same_version_give_one_new_version_and_a_conflict()
    {
        var line = await StaffAsync("raadgiver.line");
        var caseId = await OwnedCaseAsync(line);
        var opened = (await _plans.OpenAsync(caseId, line))!;
        var mine = opened.Content with { WarningSigns = "Min tekst" };
        var theirs = opened.Content with { WarningSigns = "Deres tekst" };

        Assert.Equal(SaveStatus.Saved, (await _plans.SaveAsync(caseId, opened.Number, theirs, line)).Status);
        var result = await _plans.SaveAsync(caseId, opened.Number, mine, line);

        Assert.Equal(SaveStatus.Conflict, result.Status);
        Assert.Contains("nyere version", result.Message);
        var reopened = (await _plans.OpenAsync(caseId, line))!;
        Assert.Equal(("Deres tekst", opened.Number + 1), (reopened.Content.WarningSigns, reopened.Number));
        Assert.Equal(opened.Versions.Count + 1, reopened.Versions.Count);
    }

    [Fact]
    public async Task Every_version_is_kept_and_can_be_read_back()
    {
        var line = await StaffAsync("raadgiver.line");
        var caseId = await OwnedCaseAsync(line);
        var opened = (await _plans.OpenAsync(caseId, line))!;
        for (var i = 1; i <= 3; i++)
            Assert.Equal(opened.Number + i, (await _plans.SaveAsync(caseId, opened.Number + i - 1, opened.Content with { Agreements = $"Aftale {i}" }, line)).Value);

        Assert.Equal("Aftale 2", (await _plans.VersionAsync(caseId, opened.Number + 2, line))!.Agreements);
        Assert.Null(await _plans.VersionAsync(caseId, opened.Number + 2, await StaffAsync("fagperson.ali")));
    }

    [Fact]
    public async Task A_high_assessment_turns_the_case_high_and_tasks_the_owner()
    {
        var sofie = await StaffAsync("kontaktperson.sofie");
        var caseId = await OwnedCaseAsync(sofie);
        var checklist = _risk.Instruments.Single(i => i.Id == "partnervold-risiko");
        var answers = checklist.Items.ToDictionary(i => i.Id, i => i.Id == "kvaelning" ? "ja" : "nej");

        var result = await _risk.AssessAsync(caseId, checklist.Id, answers, null, null, null, sofie);

        Assert.True(result.IsSaved, result.Message);
        await using var db = _database.CreateDbContext();
        var c = await db.Cases.SingleAsync(x => x.Id == caseId);
        Assert.Equal((RiskLevel.Hoej, "partnervold-risiko v1"), (c.RiskLevel!.Value, c.RiskInstrument!));
        Assert.Contains(await _tasks.MyOpenTasksAsync(sofie), t => t.CaseId == caseId && t.Title == RiskFollowUp.CallMeeting);
    }

    [Fact]
    public async Task A_recorded_meeting_closes_the_call_for_it_but_not_a_task_that_only_has_the_same_title()
    {
        var sofie = await StaffAsync("kontaktperson.sofie");
        var caseId = await OwnedCaseAsync(sofie);
        var checklist = _risk.Instruments.Single(i => i.Id == "partnervold-risiko");
        await _risk.AssessAsync(caseId, checklist.Id, checklist.Items.ToDictionary(i => i.Id, i => i.Id == "kvaelning" ? "ja" : "nej"), null, null, null, sofie);
        await _tasks.CreateAsync(caseId, new Portal.Domain.Tasks.TaskForm { Title = RiskFollowUp.CallMeeting, OwnerId = sofie.Id }, sofie);
        var meetings = new Portal.Features.Meetings.MeetingService(_database.Gate);

        await meetings.RecordAsync(caseId, new Portal.Domain.Meetings.MeetingForm
        {
            Date = Portal.Domain.Calendar.DanishTime.Today(_database.Time.GetUtcNow()), CitizenPresent = true,
        }, sofie, Guid.NewGuid());

        await using var db = _database.CreateDbContext();
        var calls = await db.Tasks.AsNoTracking().Where(t => t.CaseId == caseId && t.Title == RiskFollowUp.CallMeeting).OrderBy(t => t.Id).ToListAsync();
        Assert.Equal([(Portal.Domain.Tasks.TaskSource.Moedeindkaldelse, true), (Portal.Domain.Tasks.TaskSource.Opfoelgning, false)],
            calls.Select(t => (t.Source, t.ClosedAt is not null)));
    }

    [Fact]
    public async Task Judgement_cannot_lower_the_level()
    {
        var sofie = await StaffAsync("kontaktperson.sofie");
        var caseId = await OwnedCaseAsync(sofie);
        var checklist = _risk.Instruments.Single(i => i.Id == "partnervold-risiko");
        var answers = checklist.Items.ToDictionary(i => i.Id, i => i.Id == "trusler-drab" ? "ja" : "nej");

        var result = await _risk.AssessAsync(caseId, checklist.Id, answers, RiskLevel.Lav, "Jeg tror ikke på det", null, sofie);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Equal("Niveauet kan ikke sættes lavere end det beregnede (Høj).", result.Errors["RaisedLevel"]);
    }

    [Fact]
    public async Task The_next_review_date_is_a_task_for_the_owner_that_moves_with_the_plan()
    {
        var line = await StaffAsync("raadgiver.line");
        var caseId = await OwnedCaseAsync(line);
        var opened = (await _plans.OpenAsync(caseId, line))!;
        var today = Portal.Domain.Calendar.DanishTime.Today(_database.Time.GetUtcNow());

        await _plans.SaveAsync(caseId, opened.Number, opened.Content with { NextReview = today.AddDays(14) }, line);
        await _plans.SaveAsync(caseId, opened.Number + 1, opened.Content with { NextReview = today.AddDays(30) }, line);

        var reviews = (await _tasks.MyOpenTasksAsync(line)).Where(t => t.CaseId == caseId && t.Title == CrisisPlanService.ReviewTask).ToList();
        var review = Assert.Single(reviews);
        Assert.Equal(today.AddDays(30), Portal.Domain.Calendar.DanishTime.Today(review.DueAt!.Value));
    }

    [Fact]
    public async Task An_unsaved_draft_comes_back_to_its_author_only_and_goes_when_a_version_is_saved()
    {
        var line = await StaffAsync("raadgiver.line");
        var visitator = await StaffAsync("visitator.mette");
        var caseId = await OwnedCaseAsync(line);
        var opened = (await _plans.OpenAsync(caseId, line))!;
        Assert.Null(opened.DraftSavedAt);

        Assert.True((await _plans.SaveDraftAsync(caseId, opened.Number, opened.Content with { SafePlaces = "Halvskrevet tekst" }, line)).IsSaved);

        var again = (await _plans.OpenAsync(caseId, line))!;
        Assert.Equal("Halvskrevet tekst", again.Content.SafePlaces);
        Assert.NotNull(again.DraftSavedAt);
        Assert.Null((await _plans.OpenAsync(caseId, visitator))!.DraftSavedAt);

        Assert.True((await _plans.SaveAsync(caseId, again.Number, again.Content, line)).IsSaved);
        var saved = (await _plans.OpenAsync(caseId, line))!;
        Assert.Null(saved.DraftSavedAt);
        Assert.Equal("Halvskrevet tekst", saved.Content.SafePlaces);
    }
}
