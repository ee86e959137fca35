using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Domain.Cases;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public class SharingTests(PortalAppFixture app)
{
    [Fact]
    public async Task A_visitator_shares_a_case_with_a_counsellor_who_opens_the_crisis_plan_until_the_share_is_ended()
    {
        var mette = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "visitator.mette"));
        var line = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "raadgiver.line"));
        var c = await app.QueryAsync(db => db.Cases.AsNoTracking()
            .Where(x => x.VisitatorId == mette.Id && x.Status == CaseStatus.IForloeb && x.ContactPersonId != line.Id
                        && !x.Shares.Any(s => s.StaffMemberId == line.Id) && !x.Conflicts.Any(k => k.StaffMemberId == line.Id))
            .OrderBy(x => x.Id).FirstAsync());

        var counsellor = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(counsellor, "raadgiver.line", $"/sager/{c.Id}/kriseplan");
        await Expect(counsellor.GetByText("Ingen adgang")).ToBeVisibleAsync();

        var visitator = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(visitator, "visitator.mette", $"/sager/{c.Id}");
        var panel = visitator.Locator("[data-testid=shares-panel]");
        await panel.Locator("[data-testid=share-open]").ClickAsync();
        await panel.Locator("[data-testid=share-save]").ClickAsync(); // nothing chosen: told what is missing, nothing shared
        await Expect(panel.GetByText("Vælg, hvem sagen skal deles med.")).ToBeVisibleAsync();
        await Expect(panel.GetByText("Angiv, om delingen sker med borgerens samtykke eller med lovhjemmel.")).ToBeVisibleAsync();

        await panel.Locator("[data-testid=share-staff]").ClickAsync();
        await visitator.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Line Vestergaard" }).ClickAsync();
        await Expect(visitator.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Jens" })).ToHaveCountAsync(0); // no police
        await panel.Locator("[data-testid=share-reason]").FillAsync("Borgeren bor på krisecenteret, og Line laver kriseplanen med hende.");
        await panel.Locator("[data-testid=share-part]").GetByText("Kun kriseplan og risikovurdering", new() { Exact = true }).ClickAsync();
        await panel.Locator("[data-testid=share-basis]").GetByText("Borgerens samtykke", new() { Exact = true }).ClickAsync();
        await panel.Locator("[data-testid=share-consent-method]").GetByText("Mundtligt", new() { Exact = true }).ClickAsync();
        await PortalAppFixture.ScreenshotAsync(visitator, "share-form");
        await panel.Locator("[data-testid=share-save]").ClickAsync();
        await Expect(panel.Locator("[data-testid=share-message]")).ToContainTextAsync("Sagen er delt med Line Vestergaard");
        await Expect(panel.Locator("[data-testid=share]", new() { HasText = "Line Vestergaard" })).ToContainTextAsync("Kun kriseplan og risikovurdering");
        await Expect(visitator.Locator("[data-testid=timeline]")).ToContainTextAsync("Sagen er delt med Line Vestergaard");

        await counsellor.GotoAsync("/");
        await PortalAppFixture.WaitUntilInteractiveAsync(counsellor);
        var task = counsellor.Locator("[data-testid=my-tasks] li", new() { HasText = "Sag delt med dig" }).Filter(new() { HasText = c.CaseNumber });
        await Expect(task).ToHaveCountAsync(1);
        await task.GetByRole(AriaRole.Link, new() { Name = $"Sag {c.CaseNumber}" }).ClickAsync();
        await Expect(counsellor.Locator("[data-testid=shared-with-me]")).ToContainTextAsync("kun kriseplan og risikovurdering");
        await Expect(counsellor.Locator(".portal-case-nav a")).ToHaveTextAsync(["Sagen", "Risikovurdering", "Kriseplan"]);
        await Expect(counsellor.Locator("[data-testid=timeline]")).ToHaveCountAsync(0);
        await PortalAppFixture.ScreenshotAsync(counsellor, "shared-case-partial");
        await counsellor.Locator(".portal-case-nav a", new() { HasText = "Kriseplan" }).ClickAsync();
        await Expect(counsellor.GetByRole(AriaRole.Heading, new() { Name = "Kriseplan", Exact = true })).ToBeVisibleAsync();

        await panel.Locator("[data-testid=share]", new() { HasText = "Line Vestergaard" }).Locator("[data-testid=share-end]").ClickAsync();
        await panel.Locator("[data-testid=share-end-confirm]").ClickAsync();
        await Expect(panel.Locator("[data-testid=share-message]")).ToHaveTextAsync("Delingen er afsluttet.");
        await Expect(panel.Locator("[data-testid=share]", new() { HasText = "Line Vestergaard" })).ToHaveCountAsync(0);

        await counsellor.ReloadAsync();
        await Expect(counsellor.GetByText("Ingen adgang")).ToBeVisibleAsync();
        var actions = await app.QueryAsync(db => db.AuditEntries.Where(e => e.CaseId == c.Id).Select(e => e.Action).ToListAsync());
        Assert.Contains("case.share", actions);
        Assert.Contains("case.share.end", actions);
        Assert.Contains("crisisplan.read", actions);
    }

    [Fact]
    public async Task Take_and_link_enables_while_the_case_number_is_typed()
    {
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette", "/indbakke");
        var item = page.Locator(".portal-inbox-item").First;
        var button = item.Locator("[data-testid=take-link]");
        await Expect(button).ToBeDisabledAsync();

        await item.Locator("[data-testid=link-case-number]").PressSequentiallyAsync("2026-0001");

        await Expect(item.Locator("[data-testid=link-case-number]")).ToBeFocusedAsync();
        await Expect(button).ToBeEnabledAsync();
    }
}
