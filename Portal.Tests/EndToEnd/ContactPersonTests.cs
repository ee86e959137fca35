using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Domain.Cases;
using Portal.Domain.ContactPersons;
using Portal.Tests.Documents;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public class ContactPersonTests(PortalAppFixture app)
{
    [Fact]
    public async Task A_visitator_assigns_from_the_ranked_list_and_prints_the_letter_without_the_protected_address()
    {
        // The demo's protected-address case that waits for a contact person and has a declared conflict.
        var target = await app.QueryAsync(db => db.Cases.Include(c => c.Citizen).AsNoTracking()
            .Where(c => c.ContactPersonId == null && c.Citizen.AddressProtected && c.Conflicts.Any())
            .OrderBy(c => c.Id).FirstAsync());
        var conflicted = target.Conflicts.Select(c => c.StaffName).ToList();
        Assert.NotEmpty(conflicted);

        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette", $"/sager/{target.Id}/kontaktperson");

        var candidates = page.Locator("[data-testid=candidate]");
        await Expect(candidates.First).ToBeVisibleAsync();
        var names = await page.Locator("[data-testid=candidate-name]").AllTextContentsAsync();
        Assert.Empty(names.Intersect(conflicted));
        var full = await candidates.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.full)");
        Assert.Equal(full.OrderBy(f => f == "true"), full); // full capacity last
        await Expect(page.Locator("[data-testid=current-contact-person]")).ToContainTextAsync("ingen fast kontaktperson");
        await PortalAppFixture.ScreenshotAsync(page, "contact-person-ranking");

        var chosen = names[0];
        await candidates.First.Locator("[data-testid=candidate-choose]").ClickAsync();
        await page.Locator("[data-testid=assign-confirm]").ClickAsync();

        await Expect(page.Locator("[data-testid=case-contact-person]")).ToHaveTextAsync(chosen);
        await Expect(page.Locator("[data-testid=current-contact-person]")).ToHaveTextAsync(chosen);
        await Expect(page.Locator("[data-testid=contact-history] li").First).ToContainTextAsync(chosen);
        await Expect(page.Locator("[data-testid=letter-addressing]")).ToContainTextAsync(LetterAddressing.AddressProtected);
        await PortalAppFixture.ScreenshotAsync(page, "contact-person-assigned");

        var response = await page.APIRequest.GetAsync($"/sager/{target.Id}/kontaktperson/brev.pdf");
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.Equal("no-store", response.Headers["cache-control"]);
        var pdf = await response.BodyAsync();
        SaveForLooking(pdf, "contact-person-letter.pdf");

        var text = PdfReading.Phrases(PdfReading.AllWords(pdf));
        Assert.Contains($" {chosen} ", text);
        Assert.Contains(" Udleveres personligt ", text);
        var street = target.Citizen.Address!.Split(',')[0];
        Assert.DoesNotContain(street.Split(' ')[0], text);
        Assert.True(await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.CaseId == target.Id && a.Action == "contactletter.print" && a.Actor == "visitator.mette")));
    }

    [Fact]
    public async Task The_letter_is_not_found_for_staff_who_may_not_see_the_case()
    {
        var sofie = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "kontaktperson.sofie"));
        var other = await app.QueryAsync(db => db.Cases.Where(c => c.ContactPersonId != null && c.ContactPersonId != sofie.Id && c.Shares.All(s => s.StaffMemberId != sofie.Id))
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "kontaktperson.sofie");

        var response = await page.APIRequest.GetAsync($"/sager/{other}/kontaktperson/brev.pdf");

        Assert.Equal(404, response.Status);
    }

    [Fact]
    public async Task The_page_with_a_handover_in_its_history_passes_wcag_checks()
    {
        var caseId = await app.QueryAsync(db => db.ContactPersonAssignments.Where(a => a.HandoverNote != null)
            .OrderBy(a => a.CaseId).Select(a => a.CaseId).FirstAsync());
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette", $"/sager/{caseId}/kontaktperson");
        await Expect(page.Locator("[data-testid=contact-history] li")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=contact-history]")).ToContainTextAsync("Overdragelsesnote");
        await PortalAppFixture.ScreenshotAsync(page, "contact-person-history");

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.NotEmpty(result.Passes);
        Assert.Empty(result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
    }

    [Fact]
    public async Task An_empty_declaration_and_a_bad_language_get_Danish_messages_and_change_nothing()
    {
        var mette = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "visitator.mette"));
        var target = await app.QueryAsync(db => db.Cases.AsNoTracking().Include(c => c.Citizen)
            .Where(c => c.VisitatorId == mette.Id && c.Status != CaseStatus.Afsluttet && !c.Citizen.AddressProtected)
            .OrderBy(c => c.Id).FirstAsync());
        var conflictsBefore = await app.QueryAsync(db => db.Conflicts.CountAsync(x => x.CaseId == target.Id));
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette", $"/sager/{target.Id}/kontaktperson");

        await page.Locator("[data-testid=conflict-declare]").ClickAsync();
        var conflictPanel = page.Locator(".mud-paper", new() { Has = page.Locator("[data-testid=conflict-declare]") });
        await Expect(conflictPanel).ToContainTextAsync(ConflictDeclaration.StaffRequired);
        await Expect(conflictPanel).ToContainTextAsync(ConflictDeclaration.ReasonRequired);

        await page.Locator("[data-testid=wishes-language]").FillAsync("123");
        await page.Locator("[data-testid=wishes-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=wishes-message]")).ToHaveTextAsync("Ikke gemt. Ret feltet.");
        var wishesPanel = page.Locator(".mud-paper", new() { Has = page.Locator("[data-testid=wishes-save]") });
        await Expect(wishesPanel).ToContainTextAsync("Skriv sproget med bogstaver, fx arabisk.");

        var after = await app.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == target.Id));
        Assert.Equal(target.ContactPersonWishes, after.ContactPersonWishes);
        Assert.Equal(target.Version, after.Version);
        Assert.Equal(conflictsBefore, await app.QueryAsync(db => db.Conflicts.CountAsync(x => x.CaseId == target.Id)));
    }

    private static void SaveForLooking(byte[] pdf, string name)
    {
        var folder = Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), pdf);
    }
}
