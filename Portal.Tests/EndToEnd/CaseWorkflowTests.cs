using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Domain.Cases;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public class CaseWorkflowTests(PortalAppFixture app)
{
    private Task<Case> CaseAsync(Func<IQueryable<Case>, IQueryable<Case>> pick) =>
        app.QueryAsync(db => pick(db.Cases.Include(c => c.Citizen).Include(c => c.ContactPerson).AsNoTracking()).OrderBy(c => c.Id).FirstAsync());

    [Fact]
    public async Task Visitator_filters_the_list_opens_a_case_and_adds_a_note()
    {
        var target = await CaseAsync(q => q.Where(c => c.Status == CaseStatus.IForloeb && !c.Citizen.AddressProtected));
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette", "/sager");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sager" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=case-grid] tbody tr")).ToHaveCountAsync(25);
        await PortalAppFixture.ScreenshotAsync(page, "case-list");

        await page.Locator("[data-testid=filter-text]").FillAsync(target.Citizen.Name);
        var rows = page.Locator("[data-testid=case-grid] tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(target.CaseNumber);

        await rows.First.GetByRole(AriaRole.Link, new() { Name = target.CaseNumber }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{app.BaseUrl}/sager/{target.Id}");
        await Expect(page.Locator("[data-testid=case-citizen]")).ToHaveTextAsync(target.Citizen.Name);
        await Expect(page.Locator("[data-testid=case-number]")).ToHaveTextAsync(target.CaseNumber);
        await Expect(page.Locator("[data-testid=case-contact-person]")).ToHaveTextAsync(target.ContactPerson!.Name);

        var note = $"Telefonsamtale: borgeren har gemt beskederne som bevis ({Guid.NewGuid():N}).";
        await page.Locator("[data-testid=note-text]").FillAsync(note);
        await page.Locator("[data-testid=note-save]").ClickAsync();

        var timeline = page.Locator("[data-testid=timeline]");
        await Expect(timeline.Locator("li").First).ToContainTextAsync(note);
        await Expect(timeline.Locator("li").First).ToContainTextAsync("Mette Lund");
        await Expect(page.Locator("[data-testid=note-text]")).ToHaveValueAsync("");
        await PortalAppFixture.ScreenshotAsync(page, "case-page");

        var stored = await app.QueryAsync(db => db.JournalNotes.CountAsync(n => n.CaseId == target.Id && n.Text == note));
        Assert.Equal(1, stored);
    }

    [Fact]
    public async Task An_empty_note_gets_a_danish_message_and_is_not_saved()
    {
        var target = await CaseAsync(q => q.Where(c => c.Status == CaseStatus.Visiteret));
        var notesBefore = await app.QueryAsync(db => db.JournalNotes.CountAsync(n => n.CaseId == target.Id));
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.karsten", $"/sager/{target.Id}");

        await page.Locator("[data-testid=note-save]").ClickAsync();

        await Expect(page.GetByText("Notatet skal udfyldes.")).ToBeVisibleAsync();
        Assert.Equal(notesBefore, await app.QueryAsync(db => db.JournalNotes.CountAsync(n => n.CaseId == target.Id)));
    }

    [Fact]
    public async Task A_bad_cpr_number_is_explained_beside_the_field_and_nothing_is_saved()
    {
        // Only the case's own visitator (or contact person) edits the citizen's details.
        var target = await CaseAsync(q => q.Where(c => c.Status == CaseStatus.Modtaget && !c.Citizen.AddressProtected && c.Visitator!.Username == "visitator.mette"));
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette", $"/sager/{target.Id}");

        await page.Locator("[data-testid=citizen-edit]").ClickAsync();
        // The form replaces the read-only card (whose CPR line has the same test id) once the click has rendered.
        await Expect(page.Locator("[data-testid=citizen-save]")).ToBeVisibleAsync();
        var cpr = page.Locator("[data-testid=citizen-cpr]");
        await cpr.FillAsync("310290-1234");
        await page.Locator("[data-testid=citizen-phone]").FillAsync("12 34");
        await page.Locator("[data-testid=citizen-save]").ClickAsync();

        await Expect(page.GetByText("CPR-nummeret indeholder ikke en gyldig fødselsdato.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Telefonnummeret skal have 8 cifre")).ToBeVisibleAsync();
        await Expect(cpr).ToHaveValueAsync("310290-1234"); // what the user typed stays
        await PortalAppFixture.ScreenshotAsync(page, "citizen-form-errors");

        var stored = await app.QueryAsync(db => db.Citizens.AsNoTracking().SingleAsync(c => c.Id == target.CitizenId));
        Assert.Equal(target.Citizen.Cpr, stored.Cpr);
        Assert.Equal(target.Citizen.Phone, stored.Phone);
    }

    [Fact]
    public async Task A_fagperson_gets_no_access_to_a_case_url()
    {
        var target = await CaseAsync(q => q.Where(c => c.Status == CaseStatus.IForloeb));
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "fagperson.ali");

        await page.GotoAsync($"/sager/{target.Id}");
        await PortalAppFixture.WaitUntilInteractiveAsync(page);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ingen adgang" })).ToBeVisibleAsync();
        var content = await page.ContentAsync();
        Assert.DoesNotContain(target.Citizen.Name, content);
        Assert.DoesNotContain(target.CaseNumber, content);
        await PortalAppFixture.ScreenshotAsync(page, "no-access-fagperson");
    }

    [Fact]
    public async Task A_contact_person_gets_no_access_to_someone_elses_case()
    {
        var sofie = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "kontaktperson.sofie"));
        var target = await CaseAsync(q => q.Where(c => c.ContactPersonId != null && c.ContactPersonId != sofie.Id && c.Shares.All(s => s.StaffMemberId != sofie.Id)));
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "kontaktperson.sofie", $"/sager/{target.Id}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ingen adgang" })).ToBeVisibleAsync();
        Assert.DoesNotContain(target.Citizen.Name, await page.ContentAsync());
        var denied = await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.CaseId == target.Id && a.Action == "case.denied" && a.Actor == "kontaktperson.sofie"));
        Assert.True(denied);
    }

    [Fact]
    public async Task The_police_never_get_a_case_page_and_a_shared_counsellor_does_not_see_a_protected_address()
    {
        var (target, sharedWith) = await app.QueryAsync(async db =>
        {
            var today = Portal.Domain.Calendar.DanishTime.Today(DateTimeOffset.UtcNow);
            var c = await db.Cases.Include(x => x.Citizen).Include(x => x.Shares).OrderBy(x => x.Id)
                .FirstAsync(x => x.Shares.Any(s => s.EndedAt == null && s.Until >= today && !s.IncludesAddress));
            if (!c.Citizen.AddressProtected)
            {
                var visitator = await db.Staff.FirstAsync(s => s.Id == c.VisitatorId);
                c.ChangeProtection(true, false, "Oplyst af borgeren.", visitator, DateTimeOffset.UtcNow);
                db.Entry(c.Citizen).State = EntityState.Modified;
                await db.SaveChangesAsync();
            }
            var active = c.Shares.First(s => s.EndedAt == null && s.Until >= today);
            var shared = await db.Staff.SingleAsync(s => s.Id == active.StaffMemberId);
            return (c, shared.Username);
        });

        var police = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(police, "politi.jens");
        await police.GotoAsync($"/sager/{target.Id}");
        await PortalAppFixture.WaitUntilInteractiveAsync(police);
        await Expect(police.GetByRole(AriaRole.Heading, new() { Name = "Ingen adgang" })).ToBeVisibleAsync();
        Assert.DoesNotContain(target.Citizen.Name, await police.ContentAsync());

        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, sharedWith, $"/sager/{target.Id}");
        await Expect(page.Locator("[data-testid=case-citizen]")).ToHaveTextAsync(target.Citizen.Name);
        await Expect(page.Locator("[data-testid=citizen-address]")).ToContainTextAsync(CaseAccess.MaskedAddress);
        Assert.DoesNotContain(target.Citizen.Address!, await page.ContentAsync());
        await Expect(page.Locator("[data-testid=citizen-edit]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_case_list_sorts_on_the_server_when_a_column_header_is_clicked()
    {
        var names = await app.QueryAsync(db => db.Cases.Select(c => c.Citizen.Name).ToListAsync());
        var first = names.Order(StringComparer.Ordinal).First();
        var last = names.Order(StringComparer.Ordinal).Last();
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette", "/sager");
        var firstRow = page.Locator("[data-testid=case-grid] tbody tr").First;
        await firstRow.WaitForAsync();

        // Lists show initials: the first row after sorting carries the first (then the last) name's initials.
        await page.GetByRole(AriaRole.Columnheader, new() { Name = "Borger" }).Locator(".sortable-column-header").ClickAsync();
        await Expect(firstRow.Locator("[data-testid=masked-name]")).ToHaveTextAsync(Portal.Domain.Citizens.NameMasking.Initials(first));

        await page.GetByRole(AriaRole.Columnheader, new() { Name = "Borger" }).Locator(".sortable-column-header").ClickAsync();
        await Expect(firstRow.Locator("[data-testid=masked-name]")).ToHaveTextAsync(Portal.Domain.Citizens.NameMasking.Initials(last));
    }
}
