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

if (args is ["--benchmark-pdf", ..])
{
    DocumentBenchmark.RunFromCommandLine(args);
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
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddSingleton(TimeProvider.System);
builder.AddPortalAudit();
builder.Services.AddScoped<CurrentStaff>();
builder.Services.AddScoped<CaseService>();
builder.Services.AddSingleton(InstrumentCatalog.FromAppFolder());
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
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapHealthChecks("/healthz").AllowAnonymous();
app.MapPortalSignIn();
app.MapCrisisPlanPrint();
app.MapIncidentLogPrint();
Portal.Features.ContactPersons.ContactPersonLetterEndpoints.MapContactPersonLetter(app);
Portal.Features.Referrals.ReferralLetterEndpoints.MapReferralLetter(app);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
