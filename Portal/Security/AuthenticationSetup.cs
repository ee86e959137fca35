using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Identity.Web;

namespace Portal.Security;

public sealed record SignInSettings(SignInMode Mode);

public static class AuthenticationSetup
{
    public const string NoAccessPath = "/ingen-adgang";

    public static SignInMode AddPortalAuthentication(this WebApplicationBuilder builder)
    {
        var azureAd = builder.Configuration.GetSection("AzureAd");
        var mode = SignInModeRules.Choose(
            azureAdConfigured: !string.IsNullOrWhiteSpace(azureAd["ClientId"]),
            isProduction: builder.Environment.IsProduction(),
            allowDemoInProduction: builder.Configuration.GetValue<bool>("Demo:AllowInProduction"));

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
            builder.Services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme,
                options => options.AccessDeniedPath = NoAccessPath);
        }
        else
        {
            builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
                .AddCookie(options =>
                {
                    options.LoginPath = "/login";
                    options.AccessDeniedPath = NoAccessPath;
                    options.Cookie.Name = "portal.auth";
                    options.Cookie.HttpOnly = true;
                    options.Cookie.SameSite = SameSiteMode.Lax;
                    options.ExpireTimeSpan = TimeSpan.FromHours(8);
                    options.SlidingExpiration = true;
                });
        }

        builder.Services.AddAuthorization(options =>
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddSingleton(new SignInSettings(mode));
        return mode;
    }
}
