using Portal.Benchmarks;
using Portal.Documents;
using Portal.Features.AccessLog;
using Portal.Features.ContactPersons;
using Portal.Features.CrisisPlans;
using Portal.Features.Dashboards;
using Portal.Features.Evaluation;
using Portal.Features.Incidents;
using Portal.Features.Referrals;
using Portal.Features.SignIn;

namespace Portal;

/// <summary>Every endpoint that is not a Razor page: health, diagnostics, sign-in, documents and exports.</summary>
public static class PortalEndpoints
{
    public static void MapPortalEndpoints(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapServerDiagnostics();
        app.MapPortalSignIn();

        var documents = app.MapCaseDocuments();
        documents.MapCrisisPlanPrint();
        documents.MapIncidentLogPrint();
        documents.MapContactPersonLetter();
        documents.MapReferralLetter();
        documents.MapInsightPrint();

        app.MapDashboardExports();
        app.MapEvaluationDownloads();
    }
}
