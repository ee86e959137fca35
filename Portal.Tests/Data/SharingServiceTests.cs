using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Cases;
using Portal.Domain.Referrals;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Domain.Tasks;
using Portal.Features.Cases;
using Portal.Features.Sharing;
using Portal.Security;

namespace Portal.Tests.Data;

public class SharingServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SharingService _sharing = null!;
    private CaseService _cases = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _sharing = new SharingService(_database.Gate);
        _cases = new CaseService(_database, _database.Gate, _database.Time);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private DateOnly Today => Portal.Domain.Calendar.DanishTime.Today(_database.Time.GetUtcNow());

    /// <summary>An open case of Mette's that Jonas (Rådgiver) has no part in.</summary>
    private async Task<(Case Case, StaffMember Mette, StaffMember Jonas)> ArrangeAsync()
    {
        var mette = await _database.StaffAsync("visitator.mette");
        var jonas = await _database.StaffAsync("raadgiver.jonas");
        await using var db = _database.CreateDbContext();
        var c = await db.Cases.AsNoTracking().Where(x => x.VisitatorId == mette.Id && x.ContactPersonId != jonas.Id
                && x.Status != CaseStatus.Afsluttet && !x.Shares.Any(s => s.StaffMemberId == jonas.Id)
                && !x.Conflicts.Any(k => k.StaffMemberId == jonas.Id))
            .OrderBy(x => x.Id).FirstAsync();
        return (c, mette, jonas);
    }

    private CaseShareForm Form(int staffId, int days = 30) => new()
    {
        StaffMemberId = staffId, Reason = "Jonas giver borgeren rådgivning på interventionscenteret.", Until = Today.AddDays(days),
        Part = SharePart.HeleSagen, Basis = ShareBasis.Samtykke, ConsentMethod = ConsentMethod.Skriftligt,
    };

    private async Task<CaseTask?> ShareTaskAsync(int caseId, int ownerId)
    {
        await using var db = _database.CreateDbContext();
        return await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.CaseId == caseId && t.OwnerId == ownerId && t.Source == TaskSource.Deling);
    }

    [Fact]
    public async Task Sharing_opens_the_case_gives_a_task_and_ending_it_closes_both()
    {
        var (c, mette, jonas) = await ArrangeAsync();
        Assert.IsType<CaseOpenResult.NoAccess>(await _cases.OpenAsync(c.Id, jonas));

        var shared = await _sharing.ShareAsync(c.Id, Form(jonas.Id), Guid.NewGuid(), mette);
        Assert.True(shared.IsSaved, shared.Message);

        Assert.IsType<CaseOpenResult.Found>(await _cases.OpenAsync(c.Id, jonas));
        var task = await ShareTaskAsync(c.Id, jonas.Id);
        Assert.Equal(SharingService.TaskTitle, task!.Title);
        Assert.True(task.IsOpen);
        var data = await _sharing.OpenAsync(c.Id, mette);
        var row = Assert.Single(data!.Active, s => s.StaffName == jonas.Name);
        Assert.DoesNotContain(data.Candidates, o => o.Id == jonas.Id);

        var ended = await _sharing.EndAsync(c.Id, row.Id, mette);
        Assert.True(ended.IsSaved, ended.Message);
        Assert.IsType<CaseOpenResult.NoAccess>(await _cases.OpenAsync(c.Id, jonas));
        Assert.False((await ShareTaskAsync(c.Id, jonas.Id))!.IsOpen);

        await using var db = _database.CreateDbContext();
        var actions = await db.AuditEntries.Where(e => e.CaseId == c.Id).Select(e => e.Action).ToListAsync();
        Assert.Contains("case.share", actions);
        Assert.Contains("case.share.end", actions);
    }

    [Fact]
    public async Task An_expired_share_stops_at_midnight_and_the_sweep_records_it()
    {
        var (c, mette, jonas) = await ArrangeAsync();
        Assert.True((await _sharing.ShareAsync(c.Id, Form(jonas.Id, days: 2), Guid.NewGuid(), mette)).IsSaved);
        var expiry = new ShareExpiry(_database, _database.Audit, _database.Time, NullLogger<ShareExpiry>.Instance);
        await expiry.ExpireAsync(); // the demo's old shares, long run out

        _database.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await expiry.ExpireAsync());
        _database.Time.Advance(TimeSpan.FromDays(2));
        Assert.IsType<CaseOpenResult.NoAccess>(await _cases.OpenAsync(c.Id, jonas)); // before any sweep ran

        Assert.True(await expiry.ExpireAsync() >= 1);
        Assert.Equal(0, await expiry.ExpireAsync());
        Assert.False((await ShareTaskAsync(c.Id, jonas.Id))!.IsOpen);
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.CaseId == c.Id && e.Action == "case.share.expired" && e.Details.Contains(jonas.Name)));
        Assert.Equal(1, await db.CaseEvents.CountAsync(e => e.CaseId == c.Id && e.Kind == CaseEventKind.ShareEnded));
    }

    [Fact]
    public async Task Only_the_cases_own_staff_share_it_and_bad_input_changes_nothing()
    {
        var (c, mette, jonas) = await ArrangeAsync();
        var karsten = await _database.StaffAsync("visitator.karsten"); // sees the case (same municipality) but does not own it
        var notOwner = await _sharing.ShareAsync(c.Id, Form(jonas.Id), Guid.NewGuid(), karsten);
        Assert.Equal(SaveStatus.Refused, notOwner.Status);
        Assert.Equal("Kun sagens visitator eller faste kontaktperson kan gøre dette.", notOwner.Message);

        var invalid = await _sharing.ShareAsync(c.Id, new CaseShareForm { StaffMemberId = jonas.Id, Until = Today.AddDays(5) }, Guid.NewGuid(), mette);
        Assert.Equal(SaveStatus.Invalid, invalid.Status);
        Assert.Equal("Angiv, om delingen sker med borgerens samtykke eller med lovhjemmel.", invalid.Errors["Basis"]);

        var police = await _database.StaffAsync("politi.jens");
        var toPolice = await _sharing.ShareAsync(c.Id, Form(police.Id), Guid.NewGuid(), mette);
        Assert.Equal("Politiet får oplysninger gennem en henvisning, ikke ved at sagen deles.", toPolice.Message);
        var data = (await _sharing.OpenAsync(c.Id, mette))!;
        Assert.DoesNotContain(data.Candidates, o => o.Id == police.Id);
        Assert.DoesNotContain(data.Active, s => s.StaffName == jonas.Name);
    }
}
