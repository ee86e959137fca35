using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;
using Portal;
using Portal.Benchmarks;
using Portal.Data;
using Portal.Security;

var command = args switch
{
    ["benchmark", .. var rest] => BenchmarkCommand.RunAsync(rest),
    ["seed-synthetic", .. var rest] => SyntheticData.RunFromCommandLineAsync(rest),
    ["verify-audit", .. var rest] => AuditSetup.RunVerifyCommandAsync(rest),
    _ => null,
};
if (command is not null)
{
    Environment.ExitCode = await command;
    return;
}

var builder = WebApplication.CreateBuilder(args);

var signInMode = builder.AddPortalAuthentication();
builder.AddPortalDatabase();
builder.AddPortalHttpHardening();
builder.Services.AddRazorComponents().AddInteractiveServerComponents()
    // Typed text travels in input events; 128 KB leaves room for a long paste into a plan field, not for a flood.
    .AddHubOptions(options => options.MaximumReceiveMessageSize = 128 * 1024);
builder.Services.AddMudServices();
// MudBlazor makes a new localization interceptor (with its own resource manager and caches) for every component that
// localizes: ~200 per circuit on the case list, ~1 KB each. One for the app does the same work.
builder.Services.Replace(ServiceDescriptor.Singleton<MudBlazor.ILocalizationInterceptor>(
    sp => new MudBlazor.DefaultLocalizationInterceptor(sp.GetRequiredService<ILoggerFactory>())));
builder.Services.AddSingleton(TimeProvider.System);
builder.AddPortalAudit();
builder.AddServerDiagnostics();
builder.AddPortalFeatures();

var app = builder.Build();

var seedDemoData = signInMode == SignInMode.Demo && app.Configuration.GetValue("Demo:SeedData", true);
app.Logger.LogWarning(signInMode == SignInMode.Demo
    ? "Demo-login er AKTIVT (miljø: {Environment}). Alle kan logge ind som enhver demo-medarbejder uden adgangskode."
    : "Login sker med Entra ID (miljø: {Environment}). Demo-login er slået fra.", app.Environment.EnvironmentName);
await DatabaseSetup.MigrateAsync(app.Services, seedDemoData);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
    app.UseHttpsRedirection();
}
app.UsePortalHttpHardening();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapPortalEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
