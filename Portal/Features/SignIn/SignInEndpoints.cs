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
        app.MapGet("/login", LoginAsync).AllowAnonymous();
        app.MapPost("/logout", LogoutAsync).AllowAnonymous();
    }

    private static async Task<IResult> LoginAsync(HttpContext http, SignInSettings settings,
        IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, string? @as, string? returnUrl)
    {
        var target = IsLocal(returnUrl) ? returnUrl! : "/";
        if (settings.Mode == SignInMode.EntraId)
            return Results.Challenge(new AuthenticationProperties { RedirectUri = target }, [OpenIdConnectDefaults.AuthenticationScheme]);

        await using var db = await dbFactory.CreateDbContextAsync();
        var staff = (await db.Staff.AsNoTracking().Where(s => s.IsActive).ToListAsync())
            .OrderBy(s => s.Role).ThenBy(s => s.Name, StringComparer.Create(DanishCulture, false)).ToList();
        if (string.IsNullOrWhiteSpace(@as))
            return new RazorComponentResult<LoginPage>(new { Staff = staff, ReturnUrl = target });

        var chosen = staff.SingleOrDefault(s => s.Username == @as.Trim().ToLowerInvariant());
        if (chosen is null)
        {
            return new RazorComponentResult<LoginPage>(new
            {
                Staff = staff,
                ReturnUrl = target,
                Error = $"Der findes ingen aktiv medarbejder med brugernavnet «{@as.Trim()}». Vælg en fra listen.",
            }) { StatusCode = StatusCodes.Status404NotFound };
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            PortalClaims.For(chosen, CookieAuthenticationDefaults.AuthenticationScheme));
        await audit.RecordAsync(chosen.Username, "signin.demo", null, "Logget ind med demo-login.");
        return Results.LocalRedirect(target);
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, IAntiforgery antiforgery, SignInSettings settings)
    {
        if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
        var props = new AuthenticationProperties { RedirectUri = "/login" };
        return settings.Mode == SignInMode.EntraId
            ? Results.SignOut(props, [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme])
            : Results.SignOut(props, [CookieAuthenticationDefaults.AuthenticationScheme]);
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
