using Portal.Domain.Audit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Data;

namespace Portal.Security;

public static class AuditSetup
{
    /// <summary>
    /// Registers the audit log with its key and anchor, and a health check on the anchor. Reads the settings
    /// at once, so a Production host without <c>Audit:HmacKey</c> stops at start-up with a clear message.
    /// </summary>
    public static void AddPortalAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(AuditSettings.FromConfiguration(builder.Configuration, builder.Environment));
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddHealthChecks().AddCheck<AuditChainHealthCheck>("audit-chain");
    }

    /// <summary>
    /// <c>dotnet run --project Portal -- verify-audit</c>: verifies the configured database's audit chain
    /// with the host's own configuration (appsettings, environment, command line) and returns the exit code.
    /// Reads only; it neither migrates the database nor writes to the anchor.
    /// </summary>
    public static async Task<int> RunVerifyCommandAsync(string[] args)
    {
        try
        {
            var builder = WebApplication.CreateBuilder(args);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddSingleton(TimeProvider.System);
            builder.AddPortalDatabase();
            builder.AddPortalAudit();
            await using var host = builder.Build();
            // Opening the AuditLog makes a missing per-node anchor file (a new node's); a verification must not, or a
            // removed anchor would be recreated empty and the chain reported intact.
            var settings = host.Services.GetRequiredService<AuditSettings>();
            if (settings.Scope == AnchorScope.ThisNode && !File.Exists(settings.AnchorPath))
            {
                Console.WriteLine($"Revisionssporet kan ikke kontrolleres mod ankeret: ankerfilen {settings.AnchorPath} mangler.");
                return 1;
            }
            var result = await host.Services.GetRequiredService<AuditLog>().VerifyAsync();
            Console.WriteLine(result.Message(Portal.Components.Formatting.DanishFormat.DateTime));
            return result.IsIntact ? 0 : 1;
        }
        catch (Exception ex) when (ex is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            Console.Error.WriteLine($"Revisionssporet kunne ikke kontrolleres: {ex.Message}");
            return 1;
        }
    }
}

/// <summary>Unhealthy when the newest audit entry does not match the anchor (cheap: no full chain walk).</summary>
public sealed class AuditChainHealthCheck(AuditLog audit) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (healthy, description) = await audit.CheckAnchorAsync(cancellationToken);
        return healthy ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description);
    }
}
