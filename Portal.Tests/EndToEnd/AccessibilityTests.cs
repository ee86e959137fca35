using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Portal.Tests.EndToEnd;

/// <summary>WCAG 2.1 A and AA checks with axe-core on the pages a caseworker uses every day.</summary>
[Collection(PortalCollection.Name)]
public class AccessibilityTests(PortalAppFixture app)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        Assert.NotEmpty(result.Passes); // axe ran and checked something
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations)); // the whole text, not xunit's shortened list
    }

    [Fact]
    public async Task The_sign_in_page_passes()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/login");
        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_overview_and_case_list_pass()
    {
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette");
        await page.Locator("main h1").WaitForAsync();
        await AssertNoViolationsAsync(page);

        await page.GotoAsync("/sager");
        await PortalAppFixture.WaitUntilInteractiveAsync(page);
        await page.Locator("[data-testid=case-grid] tbody tr").First.WaitForAsync();
        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_case_page_passes()
    {
        var id = await app.QueryAsync(db => db.Cases.Where(c => c.ContactPersonId != null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette", $"/sager/{id}");
        await page.Locator("[data-testid=timeline]").WaitForAsync();
        await AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData("visitator.mette", "/indbakke")]
    [InlineData("visitator.mette", "/henvendelser/ny")]
    [InlineData("fagperson.ali", "/bekymring/ny")]
    [InlineData("administrator.per", "/administration/hjaelpelinjer")]
    [InlineData("administrator.per", "/administration/uddannelse")]
    [InlineData("leder.hanne", "/ledelse", "[data-testid=table-uddannelse]")]
    [InlineData("leder.hanne", "/ledelse/evaluering", "[data-testid=evaluation-start]")]
    public async Task Entry_and_administration_pages_pass(string user, string path, string ready = "main h1")
    {
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, user, path);
        await page.Locator(ready).WaitForAsync();
        await AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData("/risiko", "[data-testid=screening]")]
    [InlineData("/kriseplan", "[data-testid=plan-save]")]
    [InlineData("/haendelser", "[data-testid=incident-save]")]
    [InlineData("/moeder", "[data-testid=meeting-save]")]
    public async Task The_case_work_pages_pass(string subPath, string ready)
    {
        var line = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "raadgiver.line"));
        var id = await app.QueryAsync(db => db.Cases.Where(c => c.ContactPersonId == line.Id && c.Status == Portal.Domain.Cases.CaseStatus.IForloeb).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "raadgiver.line", $"/sager/{id}{subPath}");
        await page.Locator(ready).First.WaitForAsync();
        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_visitation_flow_passes()
    {
        var id = await app.QueryAsync(db => db.Cases.Where(c => c.Status == Portal.Domain.Cases.CaseStatus.Modtaget).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette", $"/sager/{id}/visitation");
        await page.Locator("[data-testid=step-title]").WaitForAsync();
        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Every_page_links_to_the_accessibility_statement_which_has_the_model_parts_and_passes()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/login");
        await AssertFooterLinkAsync(page);

        var id = await app.QueryAsync(db => db.Cases.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        await PortalAppFixture.SignInAsync(page, "visitator.mette", $"/sager/{id}");
        await page.Locator("[data-testid=timeline]").WaitForAsync();
        await AssertFooterLinkAsync(page);
        await page.GotoAsync("/findes-ikke");
        await AssertFooterLinkAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Tilgængelighedserklæring" }).ClickAsync();
        await page.WaitForURLAsync("**/tilgaengelighed");
        var statement = page.Locator("[data-testid=accessibility-statement]");
        await statement.WaitForAsync();
        foreach (var heading in new[] { "Overensstemmelsesstatus", "Indhold, der ikke er tilgængeligt", "Udarbejdelse af denne erklæring",
                     "Feedback og kontaktoplysninger", "Håndhævelsesprocedure" })
            Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }).CountAsync());
        Assert.Contains("delvist i overensstemmelse med WCAG 2.1 niveau AA", await page.Locator("[data-testid=statement-status]").InnerTextAsync());
        Assert.Contains("axe-core", await page.Locator("[data-testid=statement-assessed]").InnerTextAsync());
        Assert.Contains("3. december 2026", await page.Locator("[data-testid=statement-assessed]").InnerTextAsync());
        var contact = await page.Locator("[data-testid=statement-contact]").InnerTextAsync();
        Assert.Contains("76 16 16 16", contact); // from appsettings.json's Municipality section
        Assert.Contains("esbjergkommune@esbjerg.dk", contact);
        Assert.Contains("Esbjerg Kommune, Torvegade 74, 6700 Esbjerg", contact);
        Assert.Contains("Digitaliseringsstyrelsen", await page.Locator("[data-testid=statement-enforcement]").InnerTextAsync());
        Assert.Equal(Portal.Features.Accessibility.AccessibilityStatement.Gaps.Count,
            await page.Locator("[data-testid=statement-gaps] li").CountAsync());
        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_accessibility_statement_is_open_without_signing_in()
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync("/tilgaengelighed");
        Assert.Equal(200, response!.Status);
        Assert.Contains("/tilgaengelighed", page.Url); // not sent to the sign-in page
        Assert.Contains("Håndhævelsesprocedure", await page.Locator("[data-testid=accessibility-statement]").InnerTextAsync());
    }

    private static async Task AssertFooterLinkAsync(IPage page)
    {
        var link = page.Locator("[data-testid=portal-footer] a");
        await link.WaitForAsync();
        Assert.Equal("Tilgængelighedserklæring", (await link.InnerTextAsync()).Trim());
        Assert.Equal("/tilgaengelighed", await link.GetAttributeAsync("href"));
    }
}
