using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.Domain.Validation;
using Portal.Domain.Cases;
using Portal.Domain.Inquiries;
using Portal.Domain.Staff;
using Portal.Domain.Visitation;
using Portal.Features.Inquiries;
using Portal.Features.Risk;
using Portal.Features.Visitation;

namespace Portal.Tests.Data;

public class InquiryAndVisitationServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private InquiryService _inquiries = null!;
    private VisitationService _visitations = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var config = new ConfigurationBuilder().Build();
        _inquiries = new InquiryService(_database, _database.Gate, _database.Audit, _database.Time, config);
        _visitations = new VisitationService(_database, _database.Gate, _database.Audit, InstrumentCatalog.FromAppFolder());
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<StaffMember> StaffAsync(string username) => _database.StaffAsync(username);

    [Fact]
    public async Task The_inbox_lists_acute_first_then_oldest_and_flags_overdue()
    {
        var inbox = await _inquiries.InboxAsync(await _database.StaffAsync("visitator.mette"));

        Assert.True(inbox.Count >= 4);
        Assert.True(inbox[0].IsAcute);
        Assert.Equal(inbox.Skip(1).OrderBy(i => i.ReceivedAt).Select(i => i.Id), inbox.Skip(1).Select(i => i.Id));
        Assert.Contains(inbox, i => i.IsOverdue && i.CitizenName == "Mads Frederiksen");
        Assert.DoesNotContain(inbox, i => i.CitizenName == "Pia Nørgaard"); // taken
    }

    [Fact]
    public async Task Taking_twice_gives_one_owner_and_one_case()
    {
        var mette = await StaffAsync("visitator.mette");
        var karsten = await StaffAsync("visitator.karsten");
        var item = (await _inquiries.InboxAsync(await _database.StaffAsync("visitator.mette"))).First(i => i.CitizenName == "Sanne Holt");
        await using var before = _database.CreateDbContext();
        var cases = await before.Cases.CountAsync();

        var first = Saved(await _inquiries.TakeAsync(item.Id, mette, null));
        var again = Saved(await _inquiries.TakeAsync(item.Id, mette, null)); // double click
        var other = await _inquiries.TakeAsync(item.Id, karsten, null);

        Assert.Equal(first, again);
        Assert.Equal((SaveStatus.Refused, "Henvendelsen er allerede taget af Mette Lund."), (other.Status, other.Message));
        await using var db = _database.CreateDbContext();
        Assert.Equal(cases + 1, await db.Cases.CountAsync());
        var c = await db.Cases.Include(x => x.Citizen).Include(x => x.Notes).SingleAsync(x => x.Id == first);
        Assert.Equal(("Sanne Holt", CaseKind.Uafklaret, mette.Id), (c.Citizen.Name, c.Kind, c.VisitatorId!.Value));
        Assert.Contains(c.Notes, n => n.Text.Contains("dukker op, hvor hun træner"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "case.open" && a.CaseId == c.Id));
    }

    [Fact]
    public async Task An_inquiry_can_be_linked_to_an_existing_case_by_number()
    {
        var mette = await StaffAsync("visitator.mette");
        await using var db = _database.CreateDbContext();
        var existing = await db.Cases.OrderBy(c => c.Id).FirstAsync(c => c.Status == CaseStatus.IForloeb);
        var item = (await _inquiries.InboxAsync(await _database.StaffAsync("visitator.mette"))).First(i => i.IsAcute);

        Assert.Equal(SaveStatus.Refused, (await _inquiries.TakeAsync(item.Id, mette, "1999-9999")).Status);
        var taken = Saved(await _inquiries.TakeAsync(item.Id, mette, existing.CaseNumber));

        Assert.Equal(existing.Id, taken);
        await using var after = _database.CreateDbContext();
        Assert.True((await after.Cases.SingleAsync(c => c.Id == existing.Id)).IsAcute);
    }

    [Fact]
    public async Task A_fagperson_receipt_shows_who_took_it_but_no_contents()
    {
        var ali = await StaffAsync("fagperson.ali");
        var receipts = await _inquiries.MyConcernsAsync(ali);

        var taken = Assert.Single(receipts, r => r.CitizenName == "Pia Nørgaard");
        Assert.Equal("Mette Lund", taken.TakenByName);
        Assert.Equal("Ja, det har ført til et forløb", taken.Outcome);
        var waiting = Assert.Single(receipts, r => r.CitizenName == "Jeanette Lund");
        Assert.Null(waiting.TakenByName);
        Assert.DoesNotContain("blå mærker", System.Text.Json.JsonSerializer.Serialize(receipts));
    }

    [Fact]
    public async Task Invalid_inquiries_change_nothing()
    {
        var mette = await StaffAsync("visitator.mette");
        await using var before = _database.CreateDbContext();
        var count = await before.Inquiries.CountAsync();

        var result = await _inquiries.RegisterAsync(new InquiryForm { CitizenName = "X", CitizenCpr = "999999-9999" }, mette, Guid.NewGuid());

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.NotNull(result.Errors["InDangerNow"]);
        Assert.Equal("CPR-nummeret indeholder ikke en gyldig fødselsdato.", result.Errors["CitizenCpr"]);
        await using var after = _database.CreateDbContext();
        Assert.Equal(count, await after.Inquiries.CountAsync());
    }

    [Fact]
    public async Task Visitators_opening_the_same_new_visitation_at_once_all_get_the_one_draft()
    {
        var mette = await StaffAsync("visitator.mette");
        int caseId;
        await using (var db = _database.CreateDbContext())
            caseId = await db.Cases.Where(c => c.Status == CaseStatus.Modtaget && !db.VisitationDrafts.Any(v => v.CaseId == c.Id))
                .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();

        var opened = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => _visitations.OpenAsync(caseId, mette))));

        await using var after = _database.CreateDbContext();
        var version = await after.VisitationDrafts.Where(v => v.CaseId == caseId).Select(v => v.Version).SingleAsync();
        Assert.All(opened, o => Assert.Equal(version, Assert.IsType<VisitationOpenResult.Draft>(o).Version));
    }

    [Fact]
    public async Task A_stale_draft_save_is_a_conflict_and_the_newer_draft_stays()
    {
        var mette = await StaffAsync("visitator.mette");
        await using var db = _database.CreateDbContext();
        var caseId = await db.Cases.Where(c => c.Status == CaseStatus.Modtaget).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var opened = Assert.IsType<VisitationOpenResult.Draft>(await _visitations.OpenAsync(caseId, mette));

        var newer = new VisitationAnswers { InDangerNow = false, SafeToTalk = true };
        var saved = await _visitations.SaveDraftAsync(caseId, newer, 2, opened.Version, mette);
        Assert.Equal((SaveStatus.Saved, 2), (saved.Status, saved.Value!.Step));
        var stale = await _visitations.SaveDraftAsync(caseId, new VisitationAnswers { InDangerNow = true }, 1, opened.Version, mette);

        Assert.Equal(SaveStatus.Conflict, stale.Status);
        var theirs = stale.Value!;
        Assert.Equal((false, true, saved.Value.Version), (theirs.Answers!.InDangerNow!.Value, theirs.Answers.SafeToTalk!.Value, theirs.Version));
        Assert.StartsWith("Visitationen er gemt fra et andet vindue eller af en anden, mens du skrev. Intet af det, du har skrevet, er tabt", stale.Message);
        var reopened = Assert.IsType<VisitationOpenResult.Draft>(await _visitations.OpenAsync(caseId, mette));
        Assert.Equal((2, false, saved.Value.Version), (reopened.Step, reopened.Answers.InDangerNow!.Value, reopened.Version));
    }

    [Fact]
    public async Task Only_visitators_run_the_visitation()
    {
        var sofie = await StaffAsync("kontaktperson.sofie");
        await using var db = _database.CreateDbContext();
        var caseId = await db.Cases.Where(c => c.ContactPersonId == sofie.Id).Select(c => c.Id).FirstAsync();

        Assert.IsType<VisitationOpenResult.NotStarted>(await _visitations.OpenAsync(caseId, sofie));
        Assert.Equal(SaveStatus.Refused, (await _visitations.SaveDraftAsync(caseId, new VisitationAnswers(), 1, Guid.Empty, sofie)).Status);
        Assert.Equal(SaveStatus.Refused, (await _visitations.CompleteAsync(caseId, Guid.Empty, sofie)).Status);
    }

    private static int Saved(SaveResult<int> result)
    {
        Assert.True(result.IsSaved, result.Message);
        return result.Value;
    }
}
