using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Identity.Web;
using Portal.Data;

namespace Portal.Security;

public sealed record SignInSettings(SignInMode Mode);

public static class AuthenticationSetup
{
    public const string NoAccessPath = "/ingen-adgang";

    public static SignInMode AddPortalAuthentication(this WebApplicationBuilder builder)
    {
        var azureAd = builder.Configuration.GetSection("AzureAd");
        var development = builder.Environment.IsDevelopment();
        var mode = SignInModeRules.Choose(
            azureAdConfigured: !string.IsNullOrWhiteSpace(azureAd["ClientId"]),
            isDevelopment: development,
            demoAllowed: builder.Configuration.GetValue<bool>("Demo:Allow") || builder.Configuration.GetValue<bool>("Demo:AllowInProduction"));

        if (mode == SignInMode.EntraId)
        {
            builder.Services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApp(azureAd);
            builder.Services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
            {
                // Entra app roles arrive in the "roles" claim and carry the portal role names.
                options.TokenValidationParameters.RoleClaimType = "roles";
                options.TokenValidationParameters.NameClaimType = "preferred_username";
            });
        }
        else
        {
            builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        }

        builder.Services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.LoginPath = "/login";
            options.AccessDeniedPath = NoAccessPath;
            options.Cookie.Name = development ? "portal.auth" : "__Host-portal.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.Path = "/";
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            // Strict outside Development; Entra's sign-in returns by a cross-site POST, which a Strict cookie would not survive.
            options.Cookie.SameSite = development || mode == SignInMode.EntraId ? SameSiteMode.Lax : SameSiteMode.Strict;
            // The cookie lives at most as long as a session may; idle time is judged on the server (StaffSession).
            options.ExpireTimeSpan = Portal.Domain.Staff.StaffSession.AbsoluteTimeout;
            options.SlidingExpiration = false;
            WithSessions(options.Events);
        });
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = development ? "portal.af" : "__Host-portal.af";
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.SameSite = development ? SameSiteMode.Lax : SameSiteMode.Strict;
        });

        builder.Services.AddAuthorization(options =>
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddSingleton<StaffSessions>();
        builder.Services.AddScoped<AuthenticationStateProvider, PortalAuthenticationStateProvider>();
        builder.Services.AddScoped<CircuitHandler, SessionActivityHandler>();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddSingleton(new SignInSettings(mode));
        return mode;
    }

    /// <summary>Every sign-in gets a server-side session; every request checks it; signing out ends it.</summary>
    private static void WithSessions(CookieAuthenticationEvents events)
    {
        var signingIn = events.OnSigningIn;
        events.OnSigningIn = async context =>
        {
            await signingIn(context);
            var services = context.HttpContext.RequestServices;
            var dbFactory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
            var staff = await CurrentStaff.FindAsync(dbFactory, context.Principal!);
            // Someone who is not an active staff member with that role gets no session, so every request is refused.
            if (staff is null || context.Principal!.Identity is not ClaimsIdentity identity) return;
            await CurrentStaff.BindObjectIdAsync(dbFactory, staff, context.Principal!);
            identity.AddClaim(new Claim(StaffSessions.ClaimType, await services.GetRequiredService<StaffSessions>().StartAsync(staff)));
        };
        var validate = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            await validate(context);
            if (context.Principal is null) return;
            if (await context.HttpContext.RequestServices.GetRequiredService<StaffSessions>().ValidateAsync(context.Principal)) return;
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        };
        var signingOut = events.OnSigningOut;
        events.OnSigningOut = async context =>
        {
            await signingOut(context);
            await context.HttpContext.RequestServices.GetRequiredService<StaffSessions>().EndAsync(context.HttpContext.User, "Logget ud.");
        };
    }
}

/// <summary>Checks a running circuit's session every minute, so a sign-out elsewhere, a deactivation or a timeout ends it.</summary>
public sealed class PortalAuthenticationStateProvider(ILoggerFactory loggers, StaffSessions sessions)
    : Microsoft.AspNetCore.Components.Server.RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct) =>
        sessions.ValidateAsync(state.User, ct);
}

/// <summary>Work in a circuit is activity: it keeps the session from the idle timeout as requests do.</summary>
public sealed class SessionActivityHandler(AuthenticationStateProvider auth, StaffSessions sessions) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var state = await auth.GetAuthenticationStateAsync();
            if (state.User.FindFirst(StaffSessions.ClaimType)?.Value is { Length: > 0 } id) await sessions.TouchAsync(id);
            await next(context);
        };
}
