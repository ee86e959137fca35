using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Domain.Cases;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public class IncidentsAndHelpLinesTests(PortalAppFixture app)
{
    [Fact]
    public async Task An_incident_is_logged_with_date_and_time_and_a_future_date_is_refused()
    {
        var sofie = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "kontaktperson.sofie"));
        var caseId = await app.QueryAsync(db => db.Cases.Where(c => c.ContactPersonId == sofie.Id && c.Status == CaseStatus.IForloeb).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "kontaktperson.sofie", $"/sager/{caseId}/haendelser");

        var what = $"Stod ved cykelskuret og råbte ({Guid.NewGuid().ToString("N")[..5]}).";
        await page.Locator("[data-testid=incident-date]").FillAsync(DateTime.Today.AddDays(2).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await page.Locator("[data-testid=incident-what]").FillAsync(what);
        await page.Locator("[data-testid=incident-save]").ClickAsync();
        await Expect(page.GetByText("Datoen kan ikke ligge i fremtiden.")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=incident-what]")).ToHaveValueAsync(what);

        var yesterday = DateTime.Today.AddDays(-1).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        await page.Locator("[data-testid=incident-date]").FillAsync(yesterday);
        await page.GetByLabel("Kl. (tt:mm)").FillAsync("21:45");
        await page.Locator("[data-testid=incident-save]").ClickAsync();

        var row = page.Locator("[data-testid=incident-table] tbody tr", new() { HasText = what });
        await Expect(row).ToContainTextAsync($"{yesterday} kl. 21:45");
        await PortalAppFixture.ScreenshotAsync(page, "incidents");
    }

    [Fact]
    public async Task An_administrator_adds_a_crisis_centre_and_a_revealing_discreet_name_is_refused()
    {
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "administrator.per", "/administration/hjaelpelinjer");
        await Expect(page.Locator("[data-testid=helpline-table]")).ToContainTextAsync("1888");

        await page.Locator("[data-testid=helpline-name]").FillAsync("Krisecenter Testby");
        await page.Locator("[data-testid=helpline-discreet]").FillAsync("Krisecenteret");
        await page.Locator("[data-testid=helpline-number]").FillAsync("70 20 30 40");
        await page.Locator("[data-testid=helpline-hours]").FillAsync("Døgnet rundt");
        await page.Locator("[data-testid=helpline-save]").ClickAsync();
        await Expect(page.GetByText("Det diskrete navn må ikke indeholde ord som")).ToBeVisibleAsync();
        Assert.False(await app.QueryAsync(db => db.HelpLines.AnyAsync(h => h.Name == "Krisecenter Testby")));

        await page.Locator("[data-testid=helpline-discreet]").FillAsync("Et trygt sted at bo");
        await page.Locator("[data-testid=helpline-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=helpline-table]")).ToContainTextAsync("Krisecenter Testby");
        Assert.True(await app.QueryAsync(db => db.HelpLines.AnyAsync(h => h.Name == "Krisecenter Testby" && h.DiscreetName == "Et trygt sted at bo")));
    }
}
