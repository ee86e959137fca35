using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public class VictimSafetyTests(PortalAppFixture app)
{
    private static async Task RegisterAsync(IPage page, string name, DateOnly born)
    {
        await page.GotoAsync("/henvendelser/ny");
        await PortalAppFixture.WaitUntilInteractiveAsync(page);
        await page.Locator("[data-testid=in-danger]").GetByText("Nej", new() { Exact = true }).ClickAsync();
        await page.Locator("[data-testid=caller-kind]").GetByText("Borgeren selv", new() { Exact = true }).ClickAsync();
        await page.Locator("[data-testid=entry-channel]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Borgeren selv" }).ClickAsync();
        await page.Locator("[data-testid=inquiry-kind]").GetByText("Stalking", new() { Exact = true }).ClickAsync();
        await page.Locator("[data-testid=citizen-name]").FillAsync(name);
        await page.Locator("[data-testid=citizen-birth-date]").FillAsync(born.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await page.Locator("[data-testid=inquiry-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=inquiry-receipt]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_second_inquiry_about_the_same_citizen_spelled_otherwise_offers_the_first_case()
    {
        // A birth date no demo citizen has, so only these two inquiries can match.
        var born = new DateOnly(1971, 2, 3).AddDays(Random.Shared.Next(0, 300));
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette");
        await RegisterAsync(page, "Søren Aagaard", born);

        await page.GotoAsync("/indbakke");
        await PortalAppFixture.WaitUntilInteractiveAsync(page);
        var first = await app.QueryAsync(db => db.Inquiries.Where(i => i.CitizenName == "Søren Aagaard" && i.CitizenBirthDate == born).Select(i => i.Id).SingleAsync());
        await page.Locator($".portal-inbox-item[data-inquiry='{first}'] [data-testid=take-new]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sager/\\d+/visitation$"));
        var caseNumber = await app.QueryAsync(db => db.Inquiries.Where(i => i.Id == first).Select(i => i.Case!.CaseNumber).SingleAsync());

        await RegisterAsync(page, "Soeren Ågård", born);
        await page.GotoAsync("/indbakke");
        await PortalAppFixture.WaitUntilInteractiveAsync(page);
        var second = await app.QueryAsync(db => db.Inquiries.Where(i => i.CitizenName == "Soeren Ågård" && i.CitizenBirthDate == born).Select(i => i.Id).SingleAsync());
        var item = page.Locator($".portal-inbox-item[data-inquiry='{second}']");
        var candidate = item.Locator($"[data-testid=candidate][data-case-number='{caseNumber}']");
        await Expect(candidate).ToContainTextAsync("samme fødselsdato og lignende navn");
        await Expect(candidate).ToContainTextAsync("S. A.");
        await Expect(item.Locator("[data-testid=masked-name]")).ToHaveTextAsync("S. Å.");
        await Expect(item.Locator("[data-testid=take-new]")).ToHaveTextAsync("Opret ny sag alligevel");
        await PortalAppFixture.ScreenshotAsync(page, "inbox-candidates");

        await candidate.Locator("[data-testid=take-candidate]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sager/\\d+/visitation$"));
        var linked = await app.QueryAsync(db => db.Inquiries.Where(i => i.Id == second).Select(i => i.Case!.CaseNumber).SingleAsync());
        Assert.Equal(caseNumber, linked);
    }

    [Fact]
    public async Task A_contact_persons_list_shows_initials_until_one_name_is_revealed_and_the_reveal_is_audited()
    {
        var sofie = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "kontaktperson.sofie"));
        var own = await app.QueryAsync(db => db.Cases.Where(c => c.ContactPersonId == sofie.Id).Select(c => new { c.Id, c.Citizen.Name }).ToListAsync());
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "kontaktperson.sofie", "/sager");
        var grid = page.Locator("[data-testid=case-grid]");
        await Expect(grid.Locator("[data-testid=masked-name]").First).ToBeVisibleAsync();
        var html = await page.ContentAsync();
        Assert.All(own, c => Assert.DoesNotContain(c.Name, html));
        await PortalAppFixture.ScreenshotAsync(page, "case-list-initials");

        var row = grid.Locator("tbody tr").First;
        var number = await row.Locator("td").First.InnerTextAsync();
        await row.Locator("[data-testid=reveal-name]").ClickAsync();
        var revealed = row.Locator("[data-testid=citizen-name]");
        await Expect(revealed).ToBeVisibleAsync();
        var name = await revealed.InnerTextAsync();
        Assert.Contains(own, c => c.Name == name);

        var caseId = await app.QueryAsync(db => db.Cases.Where(c => c.CaseNumber == number.Trim()).Select(c => c.Id).SingleAsync());
        var audited = await app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Actor == "kontaktperson.sofie" && e.Action == "case.name.read" && e.CaseId == caseId));
        Assert.Equal(1, audited);

        await page.GotoAsync("/indstillinger");
        await PortalAppFixture.WaitUntilInteractiveAsync(page);
        await page.Locator("[data-testid=show-names]").ClickAsync();
        await Expect(page.Locator("[data-testid=settings-saved]")).ToContainTextAsync("Fulde navne vises");
        await page.GotoAsync("/sager");
        await PortalAppFixture.WaitUntilInteractiveAsync(page);
        await Expect(grid.Locator("[data-testid=citizen-name]").First).ToBeVisibleAsync();
        await Expect(grid.Locator("[data-testid=masked-name]")).ToHaveCountAsync(0);
    }
}
