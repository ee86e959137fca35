using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Tests.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Two portal nodes on one PostgreSQL database behind nginx: a node dies in the middle of a visitation, the user
/// reloads and lands on the other node, still signed in, with the draft where it was.
/// </summary>
[Collection(PortalCollection.Name)]
public class SeveralNodesTests(PortalAppFixture app)
{
    [Fact]
    public async Task A_killed_node_loses_neither_the_sign_in_nor_the_visitation_draft()
    {
        var database = await PostgresServer.CreateEmptyAsync();
        var folder = Directory.CreateTempSubdirectory("portal-nodes-").FullName;
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        PortalNode Node(string name) => PortalNode.Start(new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Portal"] = PostgresServer.ConnectionString(database),
            ["Audit:HmacKey"] = key,
            ["Audit:AnchorPath"] = Path.Combine(folder, $"{name}-anchor.log"),
        });
        await using var first = Node("a");
        await using var second = Node("b");
        try
        {
            // Both start at once: one migrates and seeds under the start-up lock, the other waits for it.
            await Task.WhenAll(first.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2)), second.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2)));
            await using var nginx = await NginxBalancer.StartAsync([first.Port, second.Port]);

            int caseId;
            await using (var db = new PostgreSqlPortalDbContext(PostgresServer.Options(database)))
            {
                // Seeded once although two nodes started on the empty database together.
                Assert.Equal(Portal.Features.HelpLines.HelpLineSeed.Shipped().Count, await db.HelpLines.CountAsync());
                Assert.Equal(1, await db.Staff.CountAsync(s => s.Username == "visitator.karsten"));
                caseId = await db.Cases.Where(c => c.Status == CaseStatus.Modtaget && !db.VisitationDrafts.Any(v => v.CaseId == c.Id))
                    .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            }

            var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = nginx.Url, Locale = "da-DK" });
            context.SetDefaultTimeout(20_000);
            var page = await context.NewPageAsync();
            await PortalAppFixture.SignInAsync(page, "visitator.karsten", $"/sager/{caseId}/visitation");
            await Expect(VisitationTests.Step(page)).ToHaveTextAsync("Sikkerhed nu");
            var served = await NodeOfAsync(page, $"/sager/{caseId}/visitation");
            await VisitationTests.ChooseAsync(page, "in-danger", "Nej");
            await VisitationTests.ChooseAsync(page, "safe-to-talk", "Ja");
            await VisitationTests.NextAsync(page);
            await Expect(VisitationTests.Step(page)).ToHaveTextAsync("Det der sker");
            await page.Locator("[data-testid=behaviour-notes]").FillAsync("Han står ved opgangen hver morgen.");
            await page.Keyboard.PressAsync("Tab");
            // The autosave has written the typed text to the database (it is what a node that dies cannot keep).
            await WaitForDraftAsync(database, caseId, "Han står ved opgangen hver morgen.");

            var (landed, survivor) = served == first.Port ? (first, second) : (second, first);
            landed.Kill();

            await page.ReloadAsync();
            await PortalAppFixture.WaitUntilInteractiveAsync(page);
            Assert.Equal(survivor.Port, await NodeOfAsync(page, $"/sager/{caseId}/visitation"));
            await Expect(VisitationTests.Step(page)).ToHaveTextAsync("Det der sker");
            await Expect(page.Locator("[data-testid=behaviour-notes]")).ToHaveValueAsync("Han står ved opgangen hver morgen.");
            Assert.DoesNotContain("/login", page.Url);
            await context.CloseAsync();
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"{e.Message}\n--- node a ---\n{Tail(first.Output)}\n--- node b ---\n{Tail(second.Output)}", e);
        }
        finally
        {
            await PostgresServer.DropAsync(database);
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>The node nginx sends this browser to, read from the header the balancer adds (a request with the page's cookies).</summary>
    private static async Task<int> NodeOfAsync(IPage page, string path)
    {
        var response = await page.Context.APIRequest.GetAsync(path);
        var upstream = response.Headers.TryGetValue("x-portal-node", out var value) ? value : "";
        // After a failed try nginx lists both: "127.0.0.1:A, 127.0.0.1:B"; the last one answered.
        return int.Parse(upstream.Split(',')[^1].Trim().Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WaitForDraftAsync(string database, int caseId, string text)
    {
        var options = PostgresServer.Options(database);
        for (var i = 0; i < 150; i++)
        {
            await using var db = new PostgreSqlPortalDbContext(options);
            var answers = await db.VisitationDrafts.Where(d => d.CaseId == caseId).Select(d => d.AnswersJson).SingleOrDefaultAsync();
            if (answers is not null && answers.Contains(System.Text.Json.JsonEncodedText.Encode(text).ToString(), StringComparison.Ordinal)
                || answers?.Contains(text, StringComparison.Ordinal) == true) return;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"Kladden med «{text}» blev ikke gemt i databasen inden for 15 sekunder.");
    }

    private static string Tail(string text) => text.Length > 4000 ? text[^4000..] : text;
}
