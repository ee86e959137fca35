using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;
using Portal;
using Portal.Data;
using Portal.Documents;
using Portal.Features.Cases;
using Portal.Features.Consultations;
using Portal.Features.CrisisPlans;
using Portal.Features.Incidents;
using Portal.Features.Inquiries;
using Portal.Features.Risk;
using Portal.Features.Visitation;
using Portal.Features.SignIn;
using Portal.Security;

if (args is ["--benchmark-pdf", ..] or ["benchmark", "pdf", ..])
{
    DocumentBenchmark.RunFromCommandLine(args is ["benchmark", ..] ? args[1..] : args);
    return;
}

if (args is ["benchmark", "dashboard", ..])
{
    Environment.ExitCode = await Portal.Benchmarks.DashboardBenchmark.RunFromCommandLineAsync(args[2..]);
    return;
}

if (args is ["benchmark", "circuits", ..])
{
    Environment.ExitCode = await Portal.Benchmarks.Circuits.CircuitBenchmark.RunFromCommandLineAsync(args[2..]);
    return;
}

if (args is ["seed-synthetic", ..])
{
    Environment.ExitCode = await Portal.Benchmarks.SyntheticData.RunFromCommandLineAsync(args[1..]);
    return;
}

if (args is ["verify-audit", ..])
{
    Environment.ExitCode = await AuditSetup.RunVerifyCommandAsync(args[1..]);
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
Portal.Benchmarks.ServerDiagnostics.AddServerDiagnostics(builder);
builder.Services.AddSingleton(EmergencyAccessSettings.From(builder.Configuration));
builder.Services.AddSingleton(Municipality.From(builder.Configuration));
builder.Services.AddSingleton<CaseGate>();
builder.Services.AddScoped<CurrentStaff>();
builder.Services.AddScoped<CaseService>();
builder.Services.AddSingleton(InstrumentCatalog.FromAppFolder());
builder.Services.AddSingleton(_ => Portal.Features.CrisisPlans.CrisisPlanLanguageCatalog.Shipped);
builder.Services.AddScoped<InquiryService>();
builder.Services.AddScoped<VisitationService>();
builder.Services.AddScoped<ConsultationService>();
builder.Services.AddScoped<CrisisPlanService>();
builder.Services.AddScoped<IncidentService>();
builder.Services.AddScoped<RiskService>();
builder.Services.AddScoped<Portal.Features.Tasks.TaskService>();
builder.Services.AddScoped<Portal.Features.Meetings.MeetingService>();
builder.Services.AddScoped<Portal.Features.HelpLines.HelpLineService>();
builder.Services.AddScoped<Portal.Features.ContactPersons.ContactPersonService>();
builder.Services.AddScoped<Portal.Features.Referrals.ReferralService>();
builder.Services.AddScoped<Portal.Features.Referrals.ConsentService>();
builder.Services.AddScoped<Portal.Features.Referrals.RestrainingOrderService>();
builder.Services.AddScoped<Portal.Features.EmergencyAccess.EmergencyAccessService>();
builder.Services.AddScoped<Portal.Features.AccessLog.AccessLogService>();
builder.Services.AddScoped<Portal.Features.Sharing.SharingService>();
builder.Services.AddScoped<Portal.Features.Settings.NameDisplay>();
builder.Services.AddScoped<Portal.Features.Dashboards.DashboardService>();
builder.Services.AddScoped<Portal.Features.Training.TrainingService>();
builder.Services.AddScoped<Portal.Features.Evaluation.EvaluationExport>();
builder.Services.AddSingleton<Portal.Features.Evaluation.EvaluationDownloads>();
builder.Services.AddSingleton<Portal.Features.Sharing.ShareExpiry>();
builder.Services.AddHostedService(s => s.GetRequiredService<Portal.Features.Sharing.ShareExpiry>());

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

app.MapStaticAssets().AllowAnonymous();
app.MapHealthChecks("/healthz").AllowAnonymous();
Portal.Benchmarks.ServerDiagnostics.MapServerDiagnostics(app);
app.MapPortalSignIn();
var documents = app.MapCaseDocuments();
documents.MapCrisisPlanPrint();
documents.MapIncidentLogPrint();
Portal.Features.ContactPersons.ContactPersonLetterEndpoints.MapContactPersonLetter(documents);
Portal.Features.Referrals.ReferralLetterEndpoints.MapReferralLetter(documents);
Portal.Features.AccessLog.InsightPdf.MapInsightPrint(documents);
Portal.Features.Dashboards.DashboardEndpoints.MapDashboardExports(app);
Portal.Features.Evaluation.EvaluationEndpoints.MapEvaluationDownloads(app);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
