using Portal.Documents;
using Portal.Features.AccessLog;
using Portal.Features.Cases;
using Portal.Features.Consultations;
using Portal.Features.ContactPersons;
using Portal.Features.CrisisPlans;
using Portal.Features.Dashboards;
using Portal.Features.EmergencyAccess;
using Portal.Features.Evaluation;
using Portal.Features.HelpLines;
using Portal.Features.Incidents;
using Portal.Features.Inquiries;
using Portal.Features.Meetings;
using Portal.Features.Referrals;
using Portal.Features.Risk;
using Portal.Features.Settings;
using Portal.Features.Sharing;
using Portal.Features.Tasks;
using Portal.Features.Training;
using Portal.Features.Visitation;
using Portal.Security;

namespace Portal;

/// <summary>Every feature's services, in one list.</summary>
public static class PortalFeatures
{
    public static void AddPortalFeatures(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(EmergencyAccessSettings.From(builder.Configuration));
        services.AddSingleton(Municipality.From(builder.Configuration));
        services.AddSingleton<CaseGate>();
        services.AddScoped<CurrentStaff>();
        services.AddSingleton(InstrumentCatalog.FromAppFolder());
        services.AddSingleton(_ => CrisisPlanLanguageCatalog.Shipped);

        services.AddScoped<CaseService>();
        services.AddScoped<InquiryService>();
        services.AddScoped<VisitationService>();
        services.AddScoped<ConsultationService>();
        services.AddScoped<CrisisPlanService>();
        services.AddScoped<IncidentService>();
        services.AddScoped<RiskService>();
        services.AddScoped<TaskService>();
        services.AddScoped<MeetingService>();
        services.AddScoped<HelpLineService>();
        services.AddScoped<ContactPersonService>();
        services.AddScoped<ReferralService>();
        services.AddScoped<ConsentService>();
        services.AddScoped<RestrainingOrderService>();
        services.AddScoped<EmergencyAccessService>();
        services.AddScoped<AccessLogService>();
        services.AddScoped<SharingService>();
        services.AddScoped<NameDisplay>();
        services.AddScoped<DashboardService>();
        services.AddScoped<TrainingService>();
        services.AddScoped<EvaluationExport>();
        services.AddSingleton<EvaluationDownloads>();
        services.AddSingleton<ShareExpiry>();
        services.AddHostedService(s => s.GetRequiredService<ShareExpiry>());
    }
}
