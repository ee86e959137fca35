using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public class ShellTests(PortalAppFixture app)
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_demo_sign_in()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/sager");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?ReturnUrl=%2Fsager"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log ind som demo-medarbejder" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=demo-banner]")).ToContainTextAsync("Demo");
        await Expect(page.Locator("button[data-username]")).ToHaveCountAsync(13);
        await PortalAppFixture.ScreenshotAsync(page, "login");

        await page.Locator("button[data-username='visitator.mette']").ClickAsync();
        await PortalAppFixture.WaitUntilInteractiveAsync(page);
        await Expect(page).ToHaveURLAsync($"{app.BaseUrl}/sager");
    }

    [Fact]
    public async Task The_shell_shows_at_once_and_gives_way_to_the_page_when_the_circuit_is_up()
    {
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette", "/sager");

        // Hold the circuit's script back: what the user sees until it arrives is the shell, not a blank page.
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/_framework/blazor.web*.js", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync("/sager", new() { WaitUntil = WaitUntilState.Commit });
        await Expect(page.Locator("[data-testid=boot-shell]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=boot-shell]")).ToHaveTextAsync("Portal indlæses …");
        await Expect(page.Locator(".portal-boot-bar")).ToContainTextAsync("Portal");
        await PortalAppFixture.ScreenshotAsync(page, "boot-shell");

        release.SetResult();
        await PortalAppFixture.WaitUntilInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sager", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#portal-boot")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_overview_lists_my_cases_and_the_menu_fits_my_role()
    {
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "kontaktperson.anders");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mit overblik" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=signed-in-user]")).ToContainTextAsync("Anders Mikkelsen");
        await Expect(page.Locator("[data-testid=demo-banner]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=own-cases] tbody tr").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Sager" })).ToBeVisibleAsync();
        await PortalAppFixture.ScreenshotAsync(page, "overview");
    }

    [Fact]
    public async Task A_manager_sees_no_case_list_and_is_refused_it()
    {
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "leder.hanne");
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Sager" })).ToHaveCountAsync(0);

        await page.GotoAsync("/sager");
        await PortalAppFixture.WaitUntilInteractiveAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ingen adgang" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.karsten");

        await page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log ind som demo-medarbejder" })).ToBeVisibleAsync();

        await page.GotoAsync("/sager");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));
    }

    [Fact]
    public async Task An_unknown_demo_user_gets_a_clear_message()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/login");
        // A user deactivated (or a name typed by hand) between showing the list and choosing.
        var button = page.Locator("button[data-username='visitator.mette']");
        await button.EvaluateAsync("b => b.value = 'nogen.ukendt'");
        var response = await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Url.EndsWith("/login", StringComparison.Ordinal));
        Assert.Equal(404, response.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Der findes ingen aktiv medarbejder med brugernavnet «nogen.ukendt»");
    }

    [Fact]
    public async Task Health_endpoint_answers_when_the_database_is_reachable()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var response = await http.GetAsync("/healthz");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
