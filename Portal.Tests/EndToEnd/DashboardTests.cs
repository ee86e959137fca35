using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.Organisations;
using Portal.Domain.Staff;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public class DashboardTests(PortalAppFixture app)
{
    private const string Planted = "=HYPERLINK(\"https://angriber.example\",\"Klik\")";

    [Fact]
    public async Task A_leder_opens_the_dashboard_changes_the_period_and_downloads_the_report()
    {
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "leder.hanne", "/ledelse");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ledelsesoverblik", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=kpi-inquiries-value]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=dashboard-period]")).ToContainTextAsync("kvartal");

        var year = Portal.Domain.Calendar.DanishTime.Today(DateTimeOffset.UtcNow).Year;
        await page.Locator("[data-testid=period-kind]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "År" }).ClickAsync();
        await Expect(page.Locator("[data-testid=dashboard-period]")).ToContainTextAsync($"{year} (01-01-{year} – 31-12-{year})");
        await Expect(page.Locator("[data-testid=dashboard-period]")).ToContainTextAsync($"sammenlignet med {year - 1}");
        await Expect(page.Locator("[data-testid=table-belastning-row]").First).ToBeVisibleAsync();
        await PortalAppFixture.ScreenshotAsync(page, "dashboard-year");

        // Aggregates only: no citizen's name anywhere on the page.
        var body = await page.Locator("main").InnerTextAsync();
        var names = await app.QueryAsync(db => db.Citizens.Select(c => c.Name).ToListAsync());
        Assert.All(names, n => Assert.DoesNotContain(n, body, StringComparison.Ordinal));

        var href = await page.Locator("[data-testid=dashboard-pdf]").GetAttributeAsync("href");
        Assert.Contains("periode=aar", href);
        var pdf = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        var text = Portal.Tests.Documents.PdfReading.LogicalText(await pdf.BodyAsync());
        Assert.Contains("Ledelsesrapport", text);
        Assert.Contains($"{year} (01-01-{year} – 31-12-{year})", text);
        Assert.Contains("Esbjerg Kommune", text);
        Assert.True(await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Actor == "leder.hanne" && a.Action == "dashboard.export")));

        // A Leder still reaches no case page.
        var caseId = await app.QueryAsync(db => db.Cases.Select(c => c.Id).FirstAsync());
        await page.GotoAsync($"/sager/{caseId}");
        await PortalAppFixture.WaitUntilInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ingen adgang" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_contact_person_gets_no_access_to_the_dashboard()
    {
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "kontaktperson.sofie", "/ledelse");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ingen adgang" })).ToBeVisibleAsync();
        // The CSV endpoint refuses too (the sign-in sends a refused user to the "Ingen adgang" page).
        var csv = await page.APIRequest.GetAsync("/ledelse/tabel/risiko.csv");
        Assert.DoesNotContain("text/csv", csv.Headers.GetValueOrDefault("content-type") ?? "");
        Assert.DoesNotContain("Åbne sager, risiko", await csv.TextAsync());
    }

    [Fact]
    public async Task The_evaluation_export_neutralises_a_planted_formula()
    {
        await PlantMunicipalityAsync();
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "administrator.per", "/ledelse/evaluering");
        await page.Locator("[data-testid=period-kind]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "År" }).ClickAsync();
        await page.Locator("[data-testid=evaluation-start]").ClickAsync();
        await Expect(page.Locator("[data-testid=evaluation-ready]")).ToBeVisibleAsync();
        await PortalAppFixture.ScreenshotAsync(page, "evaluation-ready");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=evaluation-download]").ClickAsync());
        var path = await download.PathAsync();
        var lines = (await File.ReadAllTextAsync(path, Encoding.UTF8)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("kommune;evaluerings_id;", lines[0].TrimStart('\uFEFF'));
        var planted = Assert.Single(lines, l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.StartsWith("\"'=HYPERLINK(\"\"https://angriber.example\"\",\"\"Klik\"\")\";", planted);
        Assert.DoesNotContain("Planted Borger", string.Join("\n", lines), StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Actor == "administrator.per" && a.Action == "evaluation.export")));

        // Downloaded once: the link is spent.
        var again = await page.APIRequest.GetAsync((await page.Locator("[data-testid=evaluation-download]").GetAttributeAsync("href"))!);
        Assert.Equal(404, again.Status);
        var dictionary = await page.APIRequest.GetAsync("/ledelse/evaluering/dataordbog.csv");
        Assert.Contains("aldersgruppe", await dictionary.TextAsync());
    }

    /// <summary>A municipality whose name an attacker set to a spreadsheet formula, with one case this year.</summary>
    private Task PlantMunicipalityAsync() => app.QueryAsync(async db =>
    {
        const int id = 99;
        if (await db.Organisations.AnyAsync(o => o.Id == id)) return 0;
        db.Organisations.Add(new Organisation(id, Planted, OrganisationKind.Kommune));
        var visitator = new StaffMember("visitator.planted", "Planted Visitator", Role.Visitator, "Visitation") { OrganisationId = id, IsActive = false };
        db.Staff.Add(visitator);
        var citizen = new Citizen(new CitizenDetails { Name = "Planted Borger", MayCall = false });
        db.Add(Case.Open("2099-0001", citizen, CaseKind.Stalking, EntryChannel.Borger, visitator, DateTimeOffset.UtcNow.AddHours(-1)));
        return await db.SaveChangesAsync();
    });
}
