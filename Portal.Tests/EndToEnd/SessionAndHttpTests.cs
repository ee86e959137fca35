using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>Sessions that really end, sign-in that cannot be forged, and the headers and Origin rule on every response.</summary>
[Collection(PortalCollection.Name)]
public class SessionAndHttpTests(PortalAppFixture app)
{
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition());
    }

    private async Task<(string Cookie, int CaseId)> SignedInCookieAsync(IPage page, string username)
    {
        await PortalAppFixture.SignInAsync(page, username);
        var cookies = await page.Context.CookiesAsync();
        var auth = cookies.Single(c => c.Name == "portal.auth");
        var staffId = await app.QueryAsync(db => db.Staff.Where(s => s.Username == username).Select(s => s.Id).SingleAsync());
        var caseId = await app.QueryAsync(db => db.Cases.Where(c => c.ContactPersonId == staffId || c.VisitatorId == staffId)
            .Where(c => db.Incidents.Any(i => i.CaseId == c.Id)).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        return ($"{auth.Name}={auth.Value}", caseId);
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(app.BaseUrl) };

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient http, string url, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task A_cookie_replayed_after_logout_gets_nothing()
    {
        var page = await app.NewPageAsync();
        var (cookie, caseId) = await SignedInCookieAsync(page, "visitator.mette");
        using var http = Client();
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(http, $"/sager/{caseId}/haendelseslog.pdf", cookie)).StatusCode);

        await page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log ind som demo-medarbejder" })).ToBeVisibleAsync();

        var replay = await GetWithCookieAsync(http, $"/sager/{caseId}/haendelseslog.pdf", cookie);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Contains("/login", replay.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_deactivated_staff_member_is_refused_on_the_next_request()
    {
        var page = await app.NewPageAsync();
        var (cookie, caseId) = await SignedInCookieAsync(page, "kontaktperson.sofie");
        using var http = Client();
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(http, $"/sager/{caseId}/haendelseslog.pdf", cookie)).StatusCode);
        try
        {
            await app.QueryAsync(db => db.Staff.Where(s => s.Username == "kontaktperson.sofie").ExecuteUpdateAsync(s => s.SetProperty(x => x.IsActive, false)));
            var refused = await GetWithCookieAsync(http, $"/sager/{caseId}/haendelseslog.pdf", cookie);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            var ended = await app.QueryAsync(db => db.StaffSessions.Where(s => s.EndReason == "Medarbejderen er deaktiveret.").CountAsync());
            Assert.True(ended > 0);
        }
        finally
        {
            await app.QueryAsync(db => db.Staff.Where(s => s.Username == "kontaktperson.sofie").ExecuteUpdateAsync(s => s.SetProperty(x => x.IsActive, true)));
        }
    }

    [Fact]
    public async Task Choosing_a_demo_user_needs_a_post_from_the_page_itself()
    {
        using var http = Client();
        // The old state-changing GET signs nobody in any more, and a forged POST without the page's token is refused.
        var get = await http.GetAsync("/login?as=visitator.mette");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.DoesNotContain(get.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("portal.auth", StringComparison.Ordinal)));
        var forged = await http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["as"] = "visitator.mette" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task A_return_url_that_could_leave_the_site_goes_home_instead(string returnUrl)
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync($"/login?returnUrl={(returnUrl.Contains('%') ? returnUrl : Uri.EscapeDataString(returnUrl))}");
        Assert.Equal(200, response!.Status);
        await page.Locator("button[data-username='visitator.mette']").ClickAsync();
        await PortalAppFixture.WaitUntilInteractiveAsync(page);
        Assert.Equal($"{app.BaseUrl}/", page.Url);
    }

    [Fact]
    public async Task The_circuit_hub_refuses_a_foreign_origin_and_accepts_its_own()
    {
        var page = await app.NewPageAsync();
        var (cookie, _) = await SignedInCookieAsync(page, "visitator.mette");
        using var http = Client();
        async Task<HttpStatusCode> NegotiateAsync(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
            request.Headers.Add("Cookie", cookie);
            request.Headers.Add("Origin", origin);
            return (await http.SendAsync(request)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync("https://evil.example"));
        Assert.Equal(HttpStatusCode.OK, await NegotiateAsync(app.BaseUrl));
    }

    [Fact]
    public async Task Pages_and_documents_carry_the_security_headers_and_are_never_cached()
    {
        var page = await app.NewPageAsync();
        var (cookie, caseId) = await SignedInCookieAsync(page, "visitator.mette");
        using var http = Client();
        foreach (var url in new[] { "/", $"/sager/{caseId}/haendelseslog.pdf", "/login" })
        {
            var response = await GetWithCookieAsync(http, url, cookie);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("object-src 'none'", csp);
            Assert.DoesNotContain("unsafe-eval", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        }
    }

    [Fact]
    public async Task The_main_pages_work_under_the_content_security_policy()
    {
        var page = await app.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        var (_, caseId) = await SignedInCookieAsync(page, "visitator.mette");
        foreach (var url in new[] { "/sager", $"/sager/{caseId}", $"/sager/{caseId}/kriseplan", "/indbakke" })
        {
            await page.GotoAsync(url);
            await PortalAppFixture.WaitUntilInteractiveAsync(page);
        }
        Assert.Empty(violations);

        // The control: an inline script is refused and reported, so the listener above does hear violations.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.portalInline = 1'; document.body.appendChild(s); }");
        await WaitUntilAsync(() => violations.Count > 0);
        Assert.Null(await page.EvaluateAsync<int?>("() => window.portalInline ?? null"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync(); // a form post works too
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log ind som demo-medarbejder" })).ToBeVisibleAsync();
    }
}
