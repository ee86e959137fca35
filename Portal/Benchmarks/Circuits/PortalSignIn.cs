using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Circuits;

/// <summary>What blazor.web.js finds in a page without prerendering: the server component markers and the persisted state.</summary>
internal sealed record ServerPage(Uri Url, IReadOnlyList<JsonObject> Markers, string ApplicationState);

/// <summary>
/// One signed-in user: demo sign-in (GET /login for the antiforgery field and cookie, POST /login with <c>as</c>,
/// <c>returnUrl</c> and the field), then page GETs with the auth cookie, which the circuit's connection reuses.
/// </summary>
internal sealed partial class PortalSignIn : IDisposable
{
    private readonly HttpClient _http;

    private PortalSignIn(Uri baseUrl, string username)
    {
        BaseUrl = baseUrl;
        Username = username;
        _http = new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = Cookies,
            UseCookies = true,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 32,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(120) };
    }

    public Uri BaseUrl { get; }

    public string Username { get; }

    public CookieContainer Cookies { get; } = new();

    public static async Task<PortalSignIn> SignInAsync(Uri baseUrl, string username, string returnUrl, CancellationToken ct)
    {
        var session = new PortalSignIn(baseUrl, username);
        try
        {
            var html = await session._http.GetStringAsync("login", ct);
            var field = AntiforgeryField().Match(html);
            if (!field.Success) throw new InvalidOperationException("The login page has no antiforgery field.");
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["as"] = username,
                ["returnUrl"] = returnUrl,
                [WebUtility.HtmlDecode(field.Groups["name"].Value)] = WebUtility.HtmlDecode(field.Groups["value"].Value),
            });
            using var response = await session._http.PostAsync("login", form, ct);
            if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
                throw new InvalidOperationException($"Signing in as {username} answered {(int)response.StatusCode}.");
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>GETs the page as the browser does before starting the circuit, and reads its markers.</summary>
    public async Task<ServerPage> GetPageAsync(string path, CancellationToken ct)
    {
        var url = new Uri(BaseUrl, path);
        using var response = await _http.GetAsync(url, ct);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}{(response.Headers.Location is { } l ? " to " + l : "")}.");
        var html = await response.Content.ReadAsStringAsync(ct);
        return ParsePage(url, html);
    }

    public static ServerPage ParsePage(Uri url, string html)
    {
        var markers = new List<JsonObject>();
        foreach (Match match in ComponentMarker().Matches(html))
        {
            if (JsonNode.Parse(match.Groups["json"].Value) is JsonObject marker
                && marker["type"]?.GetValue<string>() is "server" or "auto")
                markers.Add(marker);
        }
        var state = ServerState().Match(html);
        return new ServerPage(url, markers, state.Success ? state.Groups["state"].Value : "");
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("""<input[^>]*type="hidden"[^>]*name="(?<name>(?!returnUrl")[^"]+)"[^>]*value="(?<value>[^"]*)""")]
    private static partial Regex AntiforgeryField();

    // ComponentDescriptorDiscovery.ts: /^\s*Blazor:[^{]*(?<descriptor>.*)$/ on each comment; end markers have no "type".
    [GeneratedRegex(@"<!--\s*Blazor:[^{]*(?<json>\{.*?\})\s*-->", RegexOptions.Singleline)]
    private static partial Regex ComponentMarker();

    [GeneratedRegex(@"<!--\s*Blazor-Server-Component-State:(?<state>[a-zA-Z0-9+/=]+)\s*-->")]
    private static partial Regex ServerState();
}
