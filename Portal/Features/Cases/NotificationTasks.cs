using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Tasks;

namespace Portal.Features.Cases;

/// <summary>The task "Send underretning" closes itself once the underretning is settled on the case.</summary>
public static class NotificationTasks
{
    public static async Task CloseOpenAsync(PortalDbContext db, int caseId, DateTimeOffset now, CancellationToken ct)
    {
        var open = await db.Tasks.Where(t => t.CaseId == caseId && t.Source == TaskSource.Underretning && t.ClosedAt == null).ToListAsync(ct);
        foreach (var task in open) task.CloseAutomatically(now);
    }
}
