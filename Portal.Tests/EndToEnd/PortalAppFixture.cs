using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Data;

namespace Portal.Tests.EndToEnd;

/// <summary>One portal on Kestrel with a fresh demo database, and one headless Chromium, for all end-to-end tests.</summary>
public sealed class PortalAppFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-e2e-").FullName;
    private WebApplicationFactory<App> _factory = null!;
    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        _factory = new WebApplicationFactory<App>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            // A free port chosen by the OS, so parallel runs on one machine never collide.
            builder.UseSetting("urls", "http://127.0.0.1:0");
            builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(_folder, "portal.db")}");
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().Replace("[::]", "127.0.0.1").TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "da-DK",
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in as the user does (the demo page's button posts the choice) and waits until the circuit is interactive.</summary>
    public static async Task SignInAsync(IPage page, string username, string returnUrl = "/")
    {
        await page.GotoAsync($"/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.Locator($"button[data-username='{username}']").ClickAsync();
        await WaitUntilInteractiveAsync(page);
    }

    public static Task WaitUntilInteractiveAsync(IPage page) =>
        page.WaitForSelectorAsync("#portal-interactive", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

    public async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        var factory = Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>
    /// Waits until the database shows <paramref name="saved"/>, e.g. that an autosave has landed, rather than waiting
    /// for a timer; fails after ten seconds.
    /// </summary>
    public async Task UntilSavedAsync(Func<PortalDbContext, Task<bool>> saved, string what)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await QueryAsync(saved)) return;
            await Task.Delay(100);
        }
        Assert.Fail($"Not saved within ten seconds: {what}.");
    }

    /// <summary>Saves a screenshot when PORTAL_SCREENSHOTS names a folder (for looking at pages, not for asserting).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalAppFixture>
{
    public const string Name = "portal";
}
