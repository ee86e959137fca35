using Microsoft.EntityFrameworkCore;
using Portal.Domain.Validation;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.Staff;
using Portal.Features.Cases;

namespace Portal.Tests.Data;

public class CaseServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CaseService _service = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _service = new CaseService(_database, _database.Gate, _database.Time);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<StaffMember> StaffAsync(string username) => _database.StaffAsync(username);

    private async Task<Case> CaseOwnedByAsync(StaffMember owner)
    {
        await using var db = _database.CreateDbContext();
        return await db.Cases.Include(c => c.Citizen).AsNoTracking()
            .Where(c => c.ContactPersonId == owner.Id && !c.Citizen.AddressProtected)
            .OrderBy(c => c.Id).FirstAsync();
    }

    [Fact]
    public async Task A_contact_person_lists_only_their_own_and_shared_cases()
    {
        var sofie = await StaffAsync("kontaktperson.sofie");
        var result = await _service.ListAsync(sofie, new CaseListQuery(new CaseListFilter(), PageSize: 200));

        await using var db = _database.CreateDbContext();
        var expected = await db.Cases.CountAsync(c => c.ContactPersonId == sofie.Id || c.Shares.Any(s => s.StaffMemberId == sofie.Id));
        Assert.Equal(expected, result.Total);
        Assert.True(result.Total is > 0 and < DemoData.CaseCount);
        Assert.All(result.Rows, r => Assert.Equal("Sofie Bak", r.ContactPersonName));
    }

    [Fact]
    public async Task A_visitator_filters_pages_and_sorts()
    {
        var mette = await StaffAsync("visitator.mette");

        var all = await _service.ListAsync(mette, new CaseListQuery(new CaseListFilter(), PageSize: 10));
        Assert.Equal(DemoData.CaseCount, all.Total);
        Assert.Equal(10, all.Rows.Count);
        Assert.Equal(all.Rows.OrderByDescending(r => r.OpenedAt).Select(r => r.Id), all.Rows.Select(r => r.Id));

        var page4 = await _service.ListAsync(mette, new CaseListQuery(new CaseListFilter(), Page: 3, PageSize: 10));
        Assert.Equal(10, page4.Rows.Count);
        Assert.Empty(page4.Rows.Select(r => r.Id).Intersect(all.Rows.Select(r => r.Id)));

        var open = await _service.ListAsync(mette, new CaseListQuery(new CaseListFilter(Status: CaseStatus.Modtaget), PageSize: 100));
        Assert.NotEmpty(open.Rows);
        Assert.All(open.Rows, r => Assert.Equal(CaseStatus.Modtaget, r.Status));

        var byName = await _service.ListAsync(mette, new CaseListQuery(new CaseListFilter(), CaseSort.CitizenName, Descending: false, PageSize: 100));
        Assert.Equal(byName.Rows.Select(r => r.CitizenName).Order(StringComparer.Ordinal), byName.Rows.Select(r => r.CitizenName));

        var target = all.Rows[3];
        var byText = await _service.ListAsync(mette, new CaseListQuery(new CaseListFilter(Text: target.CitizenName.Split(' ')[1][..4])));
        Assert.Contains(byText.Rows, r => r.Id == target.Id);
        var byNumber = await _service.ListAsync(mette, new CaseListQuery(new CaseListFilter(Text: target.CaseNumber)));
        Assert.Equal([target.Id], byNumber.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Search_folds_æ_ø_å_whatever_the_case_or_the_way_it_was_typed()
    {
        var mette = await StaffAsync("visitator.mette");
        var all = await _service.ListAsync(mette, new CaseListQuery(new CaseListFilter(), PageSize: 200));
        var danish = all.Rows.First(r => r.CitizenName.Any(ch => "æøåÆØÅ".Contains(ch)));
        var word = danish.CitizenName.Split(' ').First(w => w.Any(ch => "æøåÆØÅ".Contains(ch)));

        foreach (var typed in new[] { word.ToUpperInvariant(), word.ToLowerInvariant(), word.ToUpperInvariant().Normalize(System.Text.NormalizationForm.FormD), $"  {word.ToLowerInvariant()} " })
        {
            var found = await _service.ListAsync(mette, new CaseListQuery(new CaseListFilter(Text: typed), PageSize: 200));
            Assert.Contains(found.Rows, r => r.Id == danish.Id);
            Assert.All(found.Rows, r => Assert.Contains(word.ToLowerInvariant(), r.CitizenName.ToLowerInvariant() + " " + r.CaseNumber));
        }
    }

    [Fact]
    public async Task Opening_a_case_without_access_reveals_nothing_and_is_audited()
    {
        var ali = await StaffAsync("fagperson.ali");
        var sofie = await StaffAsync("kontaktperson.sofie");
        var someone = await CaseOwnedByAsync(sofie);

        var result = await _service.OpenAsync(someone.Id, ali);

        Assert.IsType<CaseOpenResult.NoAccess>(result);
        await using var db = _database.CreateDbContext();
        var entry = await db.AuditEntries.OrderBy(a => a.Sequence).LastAsync();
        Assert.Equal(("fagperson.ali", "case.denied", (int?)someone.Id), (entry.Actor, entry.Action, entry.CaseId));
    }

    [Fact]
    public async Task Reads_and_notes_are_audited_in_an_unbroken_chain()
    {
        var sofie = await StaffAsync("kontaktperson.sofie");
        var c = await CaseOwnedByAsync(sofie);

        Assert.IsType<CaseOpenResult.Found>(await _service.OpenAsync(c.Id, sofie));
        var request = Guid.NewGuid();
        Assert.Equal(SaveStatus.Saved, (await _service.AddNoteAsync(c.Id, sofie, "Opfølgende samtale.", request)).Status);
        Assert.Equal(SaveStatus.Saved, (await _service.AddNoteAsync(c.Id, sofie, "Opfølgende samtale.", request)).Status); // double click

        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.JournalNotes.CountAsync(n => n.CaseId == c.Id && n.Text == "Opfølgende samtale."));
        var actions = await db.AuditEntries.Where(a => a.CaseId == c.Id).OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync();
        Assert.Equal(["case.read", "case.note.add"], actions);
        Assert.Null(await _database.Audit.FindFirstBreakAsync());
    }

    [Fact]
    public async Task A_tampered_audit_row_is_detected()
    {
        var sofie = await StaffAsync("kontaktperson.sofie");
        var c = await CaseOwnedByAsync(sofie);
        await _service.OpenAsync(c.Id, sofie);
        await _service.OpenAsync(c.Id, sofie);

        await using var db = _database.CreateDbContext();
        var first = await db.AuditEntries.OrderBy(a => a.Sequence).Select(a => a.Sequence).FirstAsync();
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"AuditEntries\" SET \"Actor\" = 'someone.else' WHERE \"Sequence\" = {first}");

        Assert.Equal(first, await _database.Audit.FindFirstBreakAsync());
    }

    [Fact]
    public async Task An_empty_note_changes_nothing()
    {
        var sofie = await StaffAsync("kontaktperson.sofie");
        var c = await CaseOwnedByAsync(sofie);
        await using var before = _database.CreateDbContext();
        var notes = await before.JournalNotes.CountAsync();

        var result = await _service.AddNoteAsync(c.Id, sofie, "   ", Guid.NewGuid());

        Assert.Equal("Notatet skal udfyldes.", Is(SaveStatus.Invalid, result).Errors["Text"]);
        await using var after = _database.CreateDbContext();
        Assert.Equal(notes, await after.JournalNotes.CountAsync());
    }

    [Fact]
    public async Task A_stale_save_of_citizen_details_is_a_conflict_not_an_overwrite()
    {
        var sofie = await StaffAsync("kontaktperson.sofie");
        var mette = await StaffAsync("visitator.mette");
        var c = await CaseOwnedByAsync(sofie);
        var sofiesView = Assert.IsType<CaseOpenResult.Found>(await _service.OpenAsync(c.Id, sofie)).Case;
        var mettesView = Assert.IsType<CaseOpenResult.Found>(await _service.OpenAsync(c.Id, mette)).Case;

        var sofiesEdit = sofiesView.EditableCitizen!;
        sofiesEdit.Phone = "11 11 11 11";
        Assert.Equal(SaveStatus.Saved, (await _service.UpdateCitizenAsync(c.Id, sofiesView.CitizenVersion, sofiesEdit, sofie)).Status);

        var mettesEdit = mettesView.EditableCitizen!;
        mettesEdit.Phone = "22 22 22 22";
        var result = await _service.UpdateCitizenAsync(c.Id, mettesView.CitizenVersion, mettesEdit, mette);

        Assert.Contains("En anden har ændret borgerens oplysninger", Is(SaveStatus.Conflict, result).Message);
        await using var db = _database.CreateDbContext();
        Assert.Equal("11 11 11 11", (await db.Citizens.SingleAsync(x => x.Id == c.CitizenId)).Phone);
    }

    [Fact]
    public async Task Two_contexts_changing_the_same_case_collide()
    {
        var mette = await StaffAsync("visitator.mette");
        var karsten = await StaffAsync("visitator.karsten");
        await using var first = _database.CreateDbContext();
        await using var second = _database.CreateDbContext();
        var a = await first.Cases.OrderBy(c => c.Id).FirstAsync(c => c.Status == CaseStatus.Modtaget && c.VisitatorId == null);
        var b = await second.Cases.SingleAsync(c => c.Id == a.Id);

        a.AssignVisitator(first.Staff.Single(s => s.Id == mette.Id), mette, _database.Time.GetUtcNow());
        await first.SaveChangesAsync();
        b.AssignVisitator(second.Staff.Single(s => s.Id == karsten.Id), karsten, _database.Time.GetUtcNow());

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task Invalid_citizen_details_are_refused_with_field_messages()
    {
        var sofie = await StaffAsync("kontaktperson.sofie");
        var c = await CaseOwnedByAsync(sofie);
        var view = Assert.IsType<CaseOpenResult.Found>(await _service.OpenAsync(c.Id, sofie)).Case;
        var edit = view.EditableCitizen!;
        edit.Cpr = "320190-1234";

        var result = await _service.UpdateCitizenAsync(c.Id, view.CitizenVersion, edit, sofie);

        Assert.Equal("CPR-nummeret indeholder ikke en gyldig fødselsdato.", Is(SaveStatus.Invalid, result).Errors["Cpr"]);
    }

    [Fact]
    public async Task Someone_who_may_not_see_a_protected_address_cannot_edit_it()
    {
        var karsten = await StaffAsync("visitator.karsten");
        await using var db = _database.CreateDbContext();
        var c = await db.Cases.Include(x => x.Citizen).AsNoTracking()
            .FirstAsync(x => x.Citizen.AddressProtected && x.VisitatorId != karsten.Id && x.ContactPersonId != karsten.Id);

        var view = Assert.IsType<CaseOpenResult.Found>(await _service.OpenAsync(c.Id, karsten)).Case;
        Assert.True(view.Citizen.AddressHidden);
        var result = await _service.UpdateCitizenAsync(c.Id, view.CitizenVersion, new CitizenDetails { Name = "X", Phone = "12345678" }, karsten);
        Assert.Equal(SaveStatus.Refused, result.Status);
    }

    private static SaveResult<bool> Is(SaveStatus expected, SaveResult<bool> result)
    {
        Assert.Equal(expected, result.Status);
        return result;
    }
}
