using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.Domain.Cases;
using Portal.Domain.ContactPersons;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Features.Cases;
using Portal.Features.ContactPersons;

namespace Portal.Tests.Data;

public class ContactPersonServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ContactPersonService _service = null!;
    private CaseService _cases = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _service = new ContactPersonService(_database, _database.Gate, Municipality.From(new ConfigurationBuilder().Build()));
        _cases = new CaseService(_database, _database.Gate, _database.Time);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<StaffMember> StaffAsync(string username)
    {
        await using var db = _database.CreateDbContext();
        return await db.Staff.AsNoTracking().SingleAsync(s => s.Username == username);
    }

    private async Task<int> CaseWithoutContactPersonAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.Cases.Where(c => c.ContactPersonId == null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }

    private async Task<ContactPersonPageData> OpenAsync(int caseId, StaffMember viewer) =>
        Assert.IsType<ContactPersonOpenResult.Found>(await _service.OpenAsync(caseId, viewer)).Data;

    [Fact]
    public async Task Candidates_come_with_their_open_cases_counted_in_the_database()
    {
        var loads = await _service.CandidateLoadsAsync();

        await using var db = _database.CreateDbContext();
        var cases = await db.Cases.AsNoTracking().Select(c => new { c.ContactPersonId, c.Status }).ToListAsync();
        var staff = await db.Staff.AsNoTracking().ToListAsync();
        Assert.Equal(
            staff.Where(ContactPersonRanking.MayBeContactPerson).Select(s => s.Username).Order(),
            loads.Select(l => l.Staff.Username).Order());
        Assert.All(loads, l => Assert.Equal(cases.Count(c => c.ContactPersonId == l.Staff.Id && c.Status != CaseStatus.Afsluttet), l.OpenCases));
        Assert.Contains(loads, l => l.OpenCases > 0);
        // The demo gives Anders exactly as many open cases as his capacity: he is ranked last, marked full.
        var anders = loads.Single(l => l.Staff.Username == "kontaktperson.anders");
        Assert.Equal(anders.Staff.CaseCapacity, anders.OpenCases);

        var mette = await StaffAsync("visitator.mette");
        var data = await OpenAsync(await CaseWithoutContactPersonAsync(), mette);
        Assert.Equal("Anders Mikkelsen", data.Candidates[^1].Staff.Name);
        Assert.True(data.Candidates[^1].IsFull);
        Assert.DoesNotContain(data.Candidates.Take(data.Candidates.Count - 1), c => c.IsFull);
    }

    [Fact]
    public async Task A_visitator_assigns_the_top_candidate_with_history_timeline_and_audit()
    {
        var mette = await StaffAsync("visitator.mette");
        var caseId = await CaseWithoutContactPersonAsync();
        var before = await OpenAsync(caseId, mette);
        var top = before.Candidates[0];

        var result = await _service.AssignAsync(caseId, top.StaffId, before.CaseVersion, null, mette);

        Assert.Equal(SaveStatus.Saved, result.Status);
        var after = await OpenAsync(caseId, mette);
        Assert.Equal(top.Staff.Name, after.Current!.Name);
        Assert.Equal(_database.Time.GetUtcNow(), after.Current.Since);
        var entry = Assert.Single(after.History);
        Assert.Equal((top.Staff.Name, (DateTimeOffset?)_database.Time.GetUtcNow(), (DateTimeOffset?)null, "Mette Lund"), (entry.Name, entry.From, entry.To, entry.AssignedBy));
        Assert.Equal($"{top.Staff.Name} er fast kontaktperson.", after.Case.Timeline[0].Text);
        Assert.DoesNotContain(after.Candidates, c => c.StaffId == top.StaffId); // the current person is no longer a candidate
        await using var db = _database.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.CaseId == caseId && a.Action == "contactperson.assign" && a.Actor == "visitator.mette"));
        Assert.Null(await _database.Audit.FindFirstBreakAsync());
    }

    [Fact]
    public async Task A_double_click_assigns_once()
    {
        var mette = await StaffAsync("visitator.mette");
        var caseId = await CaseWithoutContactPersonAsync();
        var data = await OpenAsync(caseId, mette);
        var top = data.Candidates[0];

        var results = new[]
        {
            await _service.AssignAsync(caseId, top.StaffId, data.CaseVersion, null, mette),
            await _service.AssignAsync(caseId, top.StaffId, data.CaseVersion, null, mette),
        };

        Assert.All(results, r => Assert.Equal(SaveStatus.Saved, r.Status));
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.ContactPersonAssignments.CountAsync(a => a.CaseId == caseId));
        Assert.Equal(1, await db.CaseEvents.CountAsync(e => e.CaseId == caseId && e.Kind == CaseEventKind.ContactPersonAssigned));
    }

    [Fact]
    public async Task A_stale_assignment_is_a_conflict_not_an_overwrite()
    {
        // The case's visitator in two browser tabs (only the case's own visitator may assign).
        var caseId = await CaseWithoutContactPersonAsync();
        var mette = await CaseVisitatorAsync(caseId);
        var karsten = mette;
        var metteSees = await OpenAsync(caseId, mette);
        var karstenSees = await OpenAsync(caseId, karsten);

        Assert.Equal(SaveStatus.Saved, (await _service.AssignAsync(caseId, karstenSees.Candidates[1].StaffId, karstenSees.CaseVersion, null, karsten)).Status);
        var result = await _service.AssignAsync(caseId, metteSees.Candidates[0].StaffId, metteSees.CaseVersion, "Note", mette);

        Assert.Equal((SaveStatus.Conflict, ContactPersonService.StaleMessage), (result.Status, result.Message));
        await using var db = _database.CreateDbContext();
        Assert.Equal(karstenSees.Candidates[1].StaffId, await db.Cases.Where(c => c.Id == caseId).Select(c => c.ContactPersonId).SingleAsync());
    }

    [Fact]
    public async Task A_reassignment_needs_a_handover_note_which_lands_in_the_history()
    {
        var mette = await StaffAsync("visitator.mette");
        var sofie = await StaffAsync("kontaktperson.sofie");
        int caseId;
        await using (var db = _database.CreateDbContext())
            caseId = await db.Cases.Where(c => c.ContactPersonId == sofie.Id && c.Status == CaseStatus.IForloeb).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var data = await OpenAsync(caseId, mette);
        var next = data.Candidates[0];

        var refused = await _service.AssignAsync(caseId, next.StaffId, data.CaseVersion, "  ", mette);
        Assert.Equal((SaveStatus.Invalid, ContactPersonAssignment.HandoverNoteRequired), (refused.Status, refused.Errors["HandoverNote"]));

        Assert.Equal(SaveStatus.Saved, (await _service.AssignAsync(caseId, next.StaffId, data.CaseVersion, "Ringes op tirsdag kl. 10.", mette)).Status);
        var after = await OpenAsync(caseId, mette);
        Assert.Equal([next.Staff.Name, "Sofie Bak"], after.History.Select(h => h.Name));
        Assert.Equal("Ringes op tirsdag kl. 10.", after.History[0].HandoverNote);
        Assert.Equal(_database.Time.GetUtcNow(), after.History[1].To);
        Assert.Contains("Overdragelsesnote: Ringes op tirsdag kl. 10.", after.Case.Timeline[0].Text);
        // Sofie no longer owns the case, so she no longer sees it.
        Assert.IsType<ContactPersonOpenResult.NoAccess>(await _service.OpenAsync(caseId, sofie));
    }

    [Fact]
    public async Task Only_a_visitator_assigns()
    {
        var sofie = await StaffAsync("kontaktperson.sofie");
        int caseId;
        await using (var db = _database.CreateDbContext())
            caseId = await db.Cases.Where(c => c.ContactPersonId == sofie.Id).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var data = await OpenAsync(caseId, sofie);

        Assert.False(data.CanAssign);
        Assert.Empty(data.Candidates);
        Assert.Empty(data.Conflicts);
        var refused = await _service.AssignAsync(caseId, sofie.Id, data.CaseVersion, "x", sofie);
        Assert.Equal((SaveStatus.Refused, "Det kan kun rollen Stalkingvisitator gøre."), (refused.Status, refused.Message));
    }

    [Fact]
    public async Task A_conflict_removes_the_candidate_and_hides_the_case_from_them()
    {
        var mette = await StaffAsync("visitator.mette");
        var sofie = await StaffAsync("kontaktperson.sofie");
        int caseId;
        await using (var db = _database.CreateDbContext())
            caseId = await db.Cases.Where(c => c.ContactPersonId == sofie.Id && c.Status == CaseStatus.IForloeb).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var listed = await _cases.ListAsync(sofie, new CaseListQuery(new CaseListFilter(), PageSize: 200));
        Assert.Contains(listed.Rows, r => r.Id == caseId);

        var result = await _service.DeclareConflictAsync(caseId, new ConflictDeclaration { StaffId = sofie.Id, Reason = ConflictReason.KenderModparten, Note = "Hendes bror er min nabo." }, sofie);
        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal(SaveStatus.Saved, (await _service.DeclareConflictAsync(caseId, new ConflictDeclaration { StaffId = sofie.Id, Reason = ConflictReason.KenderModparten }, mette)).Status); // again: no-op

        Assert.IsType<ContactPersonOpenResult.NoAccess>(await _service.OpenAsync(caseId, sofie));
        Assert.IsType<CaseOpenResult.NoAccess>(await _cases.OpenAsync(caseId, sofie));
        Assert.DoesNotContain((await _cases.ListAsync(sofie, new CaseListQuery(new CaseListFilter(), PageSize: 200))).Rows, r => r.Id == caseId);
        Assert.Null(await LetterAsync(caseId, sofie));

        var visitatorView = await OpenAsync(caseId, mette);
        Assert.True(visitatorView.Current!.IsConflicted);
        Assert.DoesNotContain(visitatorView.Candidates, c => c.StaffId == sofie.Id);
        var conflict = Assert.Single(visitatorView.Conflicts, c => c.StaffId == sofie.Id);
        Assert.Equal((ConflictReason.KenderModparten, "Hendes bror er min nabo.", "Sofie Bak"), (conflict.Reason, conflict.Note, conflict.DeclaredBy));
        await using var check = _database.CreateDbContext();
        Assert.Equal(1, await check.Conflicts.CountAsync(c => c.CaseId == caseId && c.StaffMemberId == sofie.Id));
    }

    [Fact]
    public async Task A_colleague_cannot_register_a_conflict_for_someone_else_but_a_visitator_can()
    {
        var sofie = await StaffAsync("kontaktperson.sofie");
        var fatima = await StaffAsync("kontaktperson.fatima");
        var mette = await StaffAsync("visitator.mette");
        int caseId;
        await using (var db = _database.CreateDbContext())
            caseId = await db.Cases.Where(c => c.ContactPersonId == sofie.Id).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();

        var refused = await _service.DeclareConflictAsync(caseId, new ConflictDeclaration { StaffId = fatima.Id, Reason = ConflictReason.KenderBorgeren }, sofie);
        Assert.Equal((SaveStatus.Refused, "Kun sagens stalkingvisitator kan registrere inhabilitet for en kollega."), (refused.Status, refused.Message));
        var invalid = await _service.DeclareConflictAsync(caseId, new ConflictDeclaration { StaffId = fatima.Id }, mette);
        Assert.Equal((SaveStatus.Invalid, ConflictDeclaration.ReasonRequired), (invalid.Status, invalid.Errors["Reason"]));
        Assert.Equal(SaveStatus.Saved, (await _service.DeclareConflictAsync(caseId, new ConflictDeclaration { StaffId = fatima.Id, Reason = ConflictReason.KenderBorgeren }, mette)).Status);

        Assert.DoesNotContain((await OpenAsync(caseId, mette)).Candidates, c => c.StaffId == fatima.Id);
    }

    [Fact]
    public async Task Wishes_reorder_the_candidates_and_a_stale_save_is_refused()
    {
        var mette = await StaffAsync("visitator.mette");
        var caseId = await CaseWithoutContactPersonAsync();
        var data = await OpenAsync(caseId, mette);

        var wishes = new ContactPersonWishes { Language = "arabisk", PreferredGender = Gender.Kvinde, Needs = ServiceAreas.Socialomraadet | ServiceAreas.Sundhed };
        Assert.Equal(SaveStatus.Saved, (await _service.SaveWishesAsync(caseId, data.CaseVersion, wishes, mette)).Status);
        var after = await OpenAsync(caseId, mette);
        Assert.Equal(wishes, after.Wishes);
        Assert.Contains(after.Candidates[0].Reasons, r => r.Text == "Borgeren ønsker en kvinde" && r.Met);

        var stale = await _service.SaveWishesAsync(caseId, data.CaseVersion, new ContactPersonWishes { PreferredGender = Gender.Mand }, mette);
        Assert.Equal((SaveStatus.Conflict, ContactPersonService.StaleMessage), (stale.Status, stale.Message));
        var invalid = await _service.SaveWishesAsync(caseId, after.CaseVersion, new ContactPersonWishes { Language = "123" }, mette);
        Assert.Equal((SaveStatus.Invalid, "Skriv sproget med bogstaver, fx arabisk."), (invalid.Status, invalid.Errors["Language"]));
    }

    [Fact]
    public async Task The_letter_never_holds_a_protected_address_and_police_cannot_print_it()
    {
        var mette = await StaffAsync("visitator.mette");
        var police = await StaffAsync("politi.jens");
        await using var db = _database.CreateDbContext();
        var isProtected = await db.Cases.Include(c => c.Citizen).Where(c => c.ContactPersonId != null && c.Citizen.AddressProtected).OrderBy(c => c.Id).FirstAsync();
        var shared = await db.Cases.Where(c => c.ContactPersonId != null).OrderBy(c => c.Id).FirstAsync();

        var letter = (await LetterAsync(isProtected.Id, mette))!;

        Assert.Equal(LetterAddressDecision.Refused(LetterAddressing.AddressProtected), letter.Addressing);
        Assert.DoesNotContain(isProtected.Citizen.Address!, System.Text.Json.JsonSerializer.Serialize(letter));
        Assert.Null(await LetterAsync(shared.Id, police));
        Assert.IsType<ContactPersonOpenResult.NoAccess>(await _service.OpenAsync(shared.Id, police)); // the police never get the case
    }

    /// <summary>The letter as the document endpoint gets it: through the case gate's print.</summary>
    private async Task<ContactPersonLetter?> LetterAsync(int caseId, StaffMember viewer) =>
        (await _database.Gate.ReadAsync(Portal.Security.CaseKey.Case(caseId), viewer, "contactletter",
            scope => Task.FromResult(_service.LetterFor(scope)), operation: CaseOperation.Print)).Value;

    private async Task<StaffMember> CaseVisitatorAsync(int caseId)
    {
        await using var db = _database.CreateDbContext();
        var id = await db.Cases.Where(c => c.Id == caseId).Select(c => c.VisitatorId).SingleAsync();
        return await db.Staff.AsNoTracking().SingleAsync(s => s.Id == id);
    }
}
