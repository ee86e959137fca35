using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Security;

namespace Portal.Features.SignIn;

/// <summary>Sign-in and sign-out need a real HTTP request (they set cookies), so they are endpoints, not circuit pages.</summary>
public static class SignInEndpoints
{
    private static readonly System.Globalization.CultureInfo DanishCulture = System.Globalization.CultureInfo.GetCultureInfo("da-DK");

    public static void MapPortalSignIn(this WebApplication app)
    {
        app.MapGet("/login", ShowAsync).AllowAnonymous();
        app.MapPost("/login", SignInAsync).AllowAnonymous();
        app.MapPost("/logout", LogoutAsync).AllowAnonymous();
    }

    /// <summary>GET only shows the page (Entra: goes to Microsoft); choosing a demo user is a POST with an antiforgery token.</summary>
    private static async Task<IResult> ShowAsync(HttpContext http, SignInSettings settings, IDbContextFactory<PortalDbContext> dbFactory,
        IAntiforgery antiforgery, string? returnUrl)
    {
        var target = LocalOrRoot(returnUrl);
        if (settings.Mode == SignInMode.EntraId)
            return Results.Challenge(new AuthenticationProperties { RedirectUri = target }, [OpenIdConnectDefaults.AuthenticationScheme]);
        return await PageAsync(http, dbFactory, antiforgery, target, null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> SignInAsync(HttpContext http, SignInSettings settings, IDbContextFactory<PortalDbContext> dbFactory,
        IAntiforgery antiforgery, AuditLog audit)
    {
        if (settings.Mode != SignInMode.Demo || !await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
        var form = await http.Request.ReadFormAsync();
        var target = LocalOrRoot(form["returnUrl"]);
        var username = form["as"].ToString().Trim().ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync();
        var chosen = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Username == username && s.IsActive);
        if (chosen is null)
        {
            return await PageAsync(http, dbFactory, antiforgery, target,
                $"Der findes ingen aktiv medarbejder med brugernavnet «{form["as"].ToString().Trim()}». Vælg en fra listen.", StatusCodes.Status404NotFound);
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            PortalClaims.For(chosen, CookieAuthenticationDefaults.AuthenticationScheme));
        await audit.RecordAsync(chosen.Username, "signin.demo", null, "Logget ind med demo-login.");
        return Results.LocalRedirect(target);
    }

    private static async Task<IResult> PageAsync(HttpContext http, IDbContextFactory<PortalDbContext> dbFactory, IAntiforgery antiforgery,
        string target, string? error, int status)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var staff = (await db.Staff.AsNoTracking().Where(s => s.IsActive).ToListAsync())
            .OrderBy(s => s.Role).ThenBy(s => s.Name, StringComparer.Create(DanishCulture, false)).ToList();
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new RazorComponentResult<LoginPage>(new
        {
            Staff = staff,
            ReturnUrl = target,
            Error = error,
            AntiforgeryField = tokens.FormFieldName,
            AntiforgeryToken = tokens.RequestToken,
        }) { StatusCode = status };
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, IAntiforgery antiforgery, SignInSettings settings)
    {
        if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
        var props = new AuthenticationProperties { RedirectUri = "/login" };
        return settings.Mode == SignInMode.EntraId
            ? Results.SignOut(props, [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme])
            : Results.SignOut(props, [CookieAuthenticationDefaults.AuthenticationScheme]);
    }

    private static string LocalOrRoot(string? url) => ReturnUrls.IsLocal(url) ? url! : "/";
}

/// <summary>Where a sign-in may send the user back to: a plain path on this site, nothing else.</summary>
public static class ReturnUrls
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2000 && url[0] == '/'
        && !url.StartsWith("//", StringComparison.Ordinal)
        // A backslash or a control character (/%09/evil.example arrives as "/\t/evil.example") can make a browser leave the site.
        && !url.Any(c => c == '\\' || char.IsControl(c));
}
