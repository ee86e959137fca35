using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.Domain.Validation;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.Inquiries;
using Portal.Features.Cases;
using Portal.Features.Inquiries;

namespace Portal.Tests.Data;

public class IntakeServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private InquiryService _inquiries = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _inquiries = new InquiryService(_database, _database.Gate, _database.Audit, _database.Time, new ConfigurationBuilder().Build());
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static InquiryForm Inquiry(string name, DateOnly? born = null, string? cpr = null) => new()
    {
        InDangerNow = false, CallerKind = CallerKind.Borgeren, EntryChannel = EntryChannel.Borger, CitizenName = name,
        CitizenBirthDate = born, CitizenCpr = cpr, Kind = InquiryKind.Stalking, Description = "Han følger efter hende.",
    };

    [Fact]
    public async Task A_second_inquiry_about_the_same_citizen_offers_the_first_case_and_a_new_case_records_the_choice()
    {
        var mette = await _database.StaffAsync("visitator.mette");
        var born = new DateOnly(1979, 5, 14);
        var first = Saved(await _inquiries.RegisterAsync(Inquiry("Søren Aagaard", born), mette, Guid.NewGuid()));
        var taken = Saved(await _inquiries.TakeAsync(first, mette, null));
        var second = Saved(await _inquiries.RegisterAsync(Inquiry("Soeren Ågård", born), mette, Guid.NewGuid()));

        var item = (await _inquiries.InboxAsync(mette)).Single(i => i.Id == second);
        var candidate = Assert.Single(item.Candidates);
        Assert.Equal((taken, "S. A.", MatchReason.BirthDateAndName, false), (candidate.CaseId, candidate.Initials, candidate.Reason, candidate.IsRepeat));

        var again = Saved(await _inquiries.TakeAsync(second, mette, null));
        await using var db = _database.CreateDbContext();
        var firstNumber = await db.Cases.Where(c => c.Id == taken).Select(c => c.CaseNumber).SingleAsync();
        var events = await db.CaseEvents.Where(e => e.CaseId == again && e.Kind == CaseEventKind.IntakeCheck).Select(e => e.Text).ToListAsync();
        Assert.Equal([$"Mulig samme borger på {firstNumber} (samme fødselsdato og lignende navn). {mette.Name} oprettede bevidst en ny sag."], events);
    }

    [Fact]
    public async Task An_inquiry_after_a_case_closed_under_12_months_ago_is_a_repeat_on_the_inbox_and_the_new_case()
    {
        var mette = await _database.StaffAsync("visitator.mette");
        await using var db = _database.CreateDbContext();
        var closed = await db.Cases.Include(c => c.Citizen).Where(c => c.Status == CaseStatus.Afsluttet && c.Citizen.Cpr != null && c.VisitatorId == mette.Id)
            .OrderByDescending(c => c.ClosedAt).FirstAsync();
        Assert.True(RepeatRule.IsRepeat(closed.ClosedAt, _database.Time.GetUtcNow()));
        var id = Saved(await _inquiries.RegisterAsync(Inquiry("Et andet navn", cpr: closed.Citizen.Cpr), mette, Guid.NewGuid()));

        var item = (await _inquiries.InboxAsync(mette)).Single(i => i.Id == id);
        Assert.Equal(closed.CaseNumber, item.RepeatOf!.CaseNumber);
        Assert.Equal(MatchReason.Cpr, item.RepeatOf.Reason);

        var taken = Saved(await _inquiries.TakeAsync(id, mette, null));
        var view = Assert.IsType<CaseOpenResult.Found>(await new CaseService(_database, _database.Gate, _database.Time).OpenAsync(taken, mette)).Case;
        Assert.Equal((closed.Id, closed.CaseNumber), (view.RepeatOfCaseId, view.RepeatOfCaseNumber));
        Assert.Contains(view.Timeline, e => e.Text.StartsWith($"Gentagen henvendelse: borgerens sag {closed.CaseNumber} blev lukket", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Revealing_a_name_in_a_list_is_an_audited_read_and_refused_without_access()
    {
        var sofie = await _database.StaffAsync("kontaktperson.sofie");
        var anders = await _database.StaffAsync("kontaktperson.anders");
        await using var db = _database.CreateDbContext();
        var c = await db.Cases.Include(x => x.Citizen).FirstAsync(x => x.ContactPersonId == sofie.Id);
        var cases = new CaseService(_database, _database.Gate, _database.Time);

        Assert.Equal(c.Citizen.Name, await cases.RevealNameAsync(c.Id, sofie));
        Assert.Null(await cases.RevealNameAsync(c.Id, anders));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Actor == sofie.Username && e.Action == "case.name.read" && e.CaseId == c.Id));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Actor == anders.Username && e.Action == "case.denied" && e.CaseId == c.Id));
    }

    private static int Saved(SaveResult<int> result)
    {
        Assert.True(result.IsSaved, result.Message);
        return result.Value;
    }
}
