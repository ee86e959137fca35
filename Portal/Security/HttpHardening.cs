using Microsoft.AspNetCore.Components.Server;

namespace Portal.Security;

/// <summary>Headers on every response, the Origin check on the circuit hub, and circuit limits chosen on purpose.</summary>
public static class HttpHardening
{
    /// <summary>
    /// Blazor Server and MudBlazor work under this: scripts only from the site (no inline script, no eval), inline
    /// styles (MudBlazor sets style attributes), the circuit's WebSocket to the site itself. base-uri is 'self' rather
    /// than 'none' because the router needs &lt;base href="/"&gt;.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    public static void AddPortalHttpHardening(this WebApplicationBuilder builder)
    {
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        builder.Services.Configure<CircuitOptions>(options =>
        {
            // A closed tab's circuit is kept briefly so a flaky connection can come back, but not for long: it holds case data.
            // 200 retained circuits cost at most ~350 MB (about 1.7 MB each on the case list, measured with benchmark circuits).
            options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(2);
            options.DisconnectedCircuitMaxRetained = 200;
            // The default: a browser more than 10 batches behind stops getting more until it catches up, so a slow
            // client cannot make the server queue renders without end.
            options.MaxBufferedUnacknowledgedRenderBatches = 10;
            // Exceptions reach the browser as a generic message; details stay in the server log.
            options.DetailedErrors = false;
            // A JS call that does not answer in 30 s is a broken browser, not a slow one.
            options.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
        });
    }

    public static void UsePortalHttpHardening(this WebApplication app)
    {
        var allowed = app.Configuration.GetSection("Security:AllowedOrigins").Get<string[]>() ?? [];
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/_blazor") && !OriginAllowed(context.Request, allowed))
            {
                // A page on another site must not open a circuit with the user's cookie (cross-site WebSocket hijacking).
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                // Pages and documents hold case data: never cached. Fingerprinted static files set their own caching.
                if (!headers.ContainsKey("Cache-Control")) headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            await next();
        });
    }

    /// <summary>No Origin header (not a browser's cross-site request), the portal's own host, or a configured origin.</summary>
    public static bool OriginAllowed(HttpRequest request, IReadOnlyCollection<string> allowed)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin)) return true;
        if (allowed.Contains(origin, StringComparer.OrdinalIgnoreCase)) return true;
        // Compared on host and port: behind a TLS-terminating proxy the app may see http while the browser says https.
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
