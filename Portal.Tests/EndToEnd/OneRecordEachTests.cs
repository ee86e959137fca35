using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Cases;
using Portal.Domain.ContactPersons;
using Portal.Domain.Risk;
using Portal.Features.ContactPersons;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>The underretning answered on the risk page lands on the case; a conflict of interest is withdrawn on the contact-person page.</summary>
[Collection(PortalCollection.Name)]
public class OneRecordEachTests(PortalAppFixture app)
{
    [Fact]
    public async Task With_children_the_case_owner_answers_underretning_on_the_risk_page_and_the_case_holds_it()
    {
        var cases = await app.QueryAsync(db => db.Cases.Include(c => c.Citizen)
            .Where(c => c.ContactPersonId != null && c.ChildrenDecision == null && c.Status == CaseStatus.Visiteret).OrderByDescending(c => c.Id).ToListAsync());
        var c = cases.First(x => x.Citizen.HasChildren);
        var owner = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Id == c.ContactPersonId));
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, owner.Username, $"/sager/{c.Id}/risiko");
        var items = page.Locator("[data-testid=screening] > li");
        await Expect(items).ToHaveCountAsync(24);
        for (var i = 0; i < 24; i++) await items.Nth(i).GetByText("Nej", new() { Exact = true }).ClickAsync();

        await page.Locator("[data-testid=risk-save]").ClickAsync();
        await Expect(page.GetByText("Der er børn i husstanden: tag stilling til, om der skal underrettes.")).ToBeVisibleAsync();

        await page.Locator("[data-testid=children-decision]").GetByText("Underretning er sendt").ClickAsync();
        await page.Locator("[data-testid=risk-save]").ClickAsync();
        await Expect(page.GetByText("Modtageren skal udfyldes.")).ToBeVisibleAsync();

        await page.Locator("[data-testid=children-date]").FillAsync(DateTime.Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await page.Locator("[data-testid=children-to]").FillAsync("Børn og Familie, Myndighed");
        await page.Locator("[data-testid=risk-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=risk-saved]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=children-decided]")).ToContainTextAsync("Underretning sendt");
        await Expect(page.Locator("[data-testid=children-decision]")).ToHaveCountAsync(0);
        await PortalAppFixture.ScreenshotAsync(page, "risk-underretning-decided");

        var saved = await app.QueryAsync(db => db.Cases.SingleAsync(x => x.Id == c.Id));
        Assert.Equal((ChildWelfareDecision.Underrettet, "Børn og Familie, Myndighed"), (saved.ChildrenDecision!.Value, saved.NotificationSentTo!));
        await page.GotoAsync($"/sager/{c.Id}");
        await Expect(page.Locator("[data-testid=children-decision-text]")).ToContainTextAsync("Børn og Familie, Myndighed");
    }

    [Fact]
    public async Task The_visitator_withdraws_a_colleagues_conflict_with_a_reason_on_the_contact_person_page()
    {
        var mette = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "visitator.mette"));
        var karsten = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "visitator.karsten"));
        var caseId = await app.QueryAsync(db => db.Cases.Where(c => c.VisitatorId == mette.Id && c.Status != CaseStatus.Afsluttet && !c.Conflicts.Any())
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        using (var scope = app.Services.CreateScope())
            Assert.Equal(Portal.Domain.Validation.SaveStatus.Saved, (await scope.ServiceProvider.GetRequiredService<ContactPersonService>()
                .DeclareConflictAsync(caseId, new ConflictDeclaration { StaffId = karsten.Id, Reason = ConflictReason.KenderBorgeren }, mette)).Status);

        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette", $"/sager/{caseId}/kontaktperson");
        var entry = page.Locator("[data-testid=conflict]", new() { HasText = karsten.Name });
        await entry.Locator("[data-testid=conflict-withdraw-open]").ClickAsync();
        await entry.Locator("[data-testid=conflict-withdraw-confirm]").ClickAsync();
        await Expect(entry).ToContainTextAsync("Begrundelsen skal udfyldes.");

        await entry.Locator("[data-testid=conflict-withdraw] textarea").First.FillAsync("Registreret på den forkerte kollega.");
        await entry.Locator("[data-testid=conflict-withdraw-confirm]").ClickAsync();
        await Expect(entry.Locator("[data-testid=conflict-withdrawn]")).ToContainTextAsync("Registreret på den forkerte kollega.");
        await PortalAppFixture.ScreenshotAsync(page, "conflict-withdrawn");
        Assert.True(await app.QueryAsync(db => db.Conflicts.AnyAsync(x => x.CaseId == caseId && x.StaffMemberId == karsten.Id && x.WithdrawnAt != null)));
    }
}
