using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Domain.Cases;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public class RiskAndCrisisPlanTests(PortalAppFixture app)
{
    private async Task<int> CaseOfAsync(string username, bool withChildren)
    {
        var staff = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == username));
        var cases = await app.QueryAsync(db => db.Cases.Include(c => c.Citizen)
            .Where(c => c.ContactPersonId == staff.Id && c.Status == CaseStatus.IForloeb).OrderByDescending(c => c.Id).ToListAsync());
        return cases.First(c => c.Citizen.HasChildren == withChildren).Id;
    }

    [Fact]
    public async Task A_high_risk_assessment_turns_the_case_red_and_tasks_the_owner()
    {
        var caseId = await CaseOfAsync("kontaktperson.sofie", withChildren: false);
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "kontaktperson.sofie", $"/sager/{caseId}/risiko");

        var items = page.Locator("[data-testid=screening] > li");
        await Expect(items).ToHaveCountAsync(24);
        for (var i = 0; i < 24; i++)
        {
            var item = items.Nth(i);
            var id = await item.GetAttributeAsync("data-item");
            await item.GetByText(id == "kvaelning" ? "Ja" : "Nej", new() { Exact = true }).ClickAsync();
        }
        await Expect(page.Locator("[data-testid=screening-result]")).ToContainTextAsync("Risiko: Høj");
        await page.Locator("[data-testid=risk-save]").ClickAsync();

        await Expect(page.Locator("[data-testid=risk-saved]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-risk=Hoej]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=earlier-assessments] li").First).ToContainTextAsync("Risikovurdering ved partnervold v1");
        await PortalAppFixture.ScreenshotAsync(page, "risk-page");

        await page.GotoAsync("/");
        await PortalAppFixture.WaitUntilInteractiveAsync(page);
        var caseNumber = await app.QueryAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.CaseNumber).SingleAsync());
        var task = page.Locator("[data-testid=my-tasks] li", new() { HasText = caseNumber }).Filter(new() { HasText = "Indkald til samarbejdsmøde" });
        await Expect(task).ToHaveCountAsync(1);
        await PortalAppFixture.ScreenshotAsync(page, "overview-tasks");
        await task.Locator("[data-testid=task-close]").ClickAsync();
        await Expect(task).ToHaveCountAsync(0);
        Assert.True(await app.QueryAsync(db => db.Tasks.AnyAsync(t => t.CaseId == caseId && t.ClosedByName == "Sofie Bak")));
    }

    [Fact]
    public async Task A_counsellor_builds_a_plan_in_versions_and_compares_them()
    {
        var caseId = await CaseOfAsync("raadgiver.line", withChildren: false);
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "raadgiver.line", $"/sager/{caseId}/kriseplan");

        await page.Locator("[data-testid=plan-warning]").FillAsync("Bilen holder på vejen. Mange opkald i træk.");
        await page.Locator("[data-testid=plan-danger]").FillAsync("Ring 112 og sig: Jeg er i fare. Gå ud ad køkkendøren.");
        await page.Locator("[data-testid=plan-places]").FillAsync("Hos Ærtebjerg-familien på 1. sal, og på biblioteket.");
        var lastName = page.Locator("[data-testid=person-name]").Last;
        await lastName.FillAsync("Søster Åse");
        await page.Locator("[data-testid=person-phone]").Last.FillAsync("1234");
        await page.Locator("[data-testid=plan-save]").ClickAsync();
        await Expect(page.GetByText(Portal.Domain.Citizens.PhoneNumber.Error).First).ToBeVisibleAsync();

        await page.Locator("[data-testid=person-phone]").Last.FillAsync("20 30 40 50");
        await page.Locator("[data-testid=plan-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=plan-message]")).ToContainTextAsync("er gemt");
        await Expect(page.Locator("[data-testid=plan-ready]")).ToHaveTextAsync("Klar");

        await page.Locator("[data-testid=gobag]").GetByText("Medicin").ClickAsync();
        await page.Locator("[data-testid=plan-places]").FillAsync("Hos Ærtebjerg-familien og hos min mor.");
        await page.Locator("[data-testid=plan-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=plan-message]")).ToContainTextAsync("er gemt");

        await page.Locator("[data-testid=plan-compare]").ClickAsync();
        var comparison = page.Locator("[data-testid=plan-comparison]");
        await Expect(comparison).ToContainTextAsync("Sikre steder");
        await Expect(comparison).ToContainTextAsync("hos min mor");
        await Expect(comparison).ToContainTextAsync("Taske klar til at gå");
        await PortalAppFixture.ScreenshotAsync(page, "crisis-plan");

        // Print both versions of what was just typed: the buttons open these addresses.
        foreach (var variant in new[] { "standard", "diskret" })
        {
            var href = await page.Locator($"[data-testid={(variant == "standard" ? "print-standard" : "print-discreet")}]").GetAttributeAsync("href");
            Assert.Equal($"/sager/{caseId}/kriseplan.pdf?variant={variant}&language=da", href);
            var response = await page.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.BodyAsync());
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Ærtebjerg-familien", text);
            Assert.Contains("Åse", text);
            Assert.Contains("20 30 40 50", text);
        }
    }

    [Fact]
    public async Task Text_typed_in_the_plan_survives_a_closed_browser()
    {
        var caseId = await CaseOfAsync("raadgiver.jonas", withChildren: false);
        var typed = $"Han sender blomster før det går galt ({Guid.NewGuid().ToString("N")[..5]}).";
        var first = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(first, "raadgiver.jonas", $"/sager/{caseId}/kriseplan");
        await first.Locator("[data-testid=plan-warning]").FillAsync(typed);
        await app.UntilSavedAsync(async db => (await db.CrisisPlanDrafts.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync())
            .Any(d => d.Content.WarningSigns == typed), "the typed warning signs as a draft");
        await Expect(first.Locator("[data-testid=plan-draft-status]")).ToContainTextAsync("Kladde gemt");
        await first.Context.CloseAsync();

        var second = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(second, "raadgiver.jonas", $"/sager/{caseId}/kriseplan");
        await Expect(second.Locator("[data-testid=plan-draft-restored]")).ToBeVisibleAsync();
        await Expect(second.Locator("[data-testid=plan-warning]")).ToHaveValueAsync(typed);
    }
}
