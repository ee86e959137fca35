using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Security;

namespace Portal.Features.Sharing;

/// <summary>
/// Records the end of shares whose last day has passed: on the case's timeline, in the audit log, and by closing the
/// task "Sag delt med dig". Access does not wait for this — an expired share stops opening the case at midnight
/// (<see cref="Portal.Domain.Cases.CaseShare.IsActive"/>); this writes down that it happened.
/// </summary>
public sealed class ShareExpiry(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time, ILogger<ShareExpiry> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    /// <summary>Ends every lapsed share; returns how many. Two nodes doing it at once: the second finds them ended.</summary>
    public async Task<int> ExpireAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var today = DanishTime.Today(now);
        List<int> caseIds;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            caseIds = await db.Set<Portal.Domain.Cases.CaseShare>().Where(s => s.EndedAt == null && s.Until < today)
                .Select(s => s.CaseId).Distinct().ToListAsync(ct);

        var count = 0;
        foreach (var caseId in caseIds)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var c = await db.Cases.Include(x => x.Shares).SingleAsync(x => x.Id == caseId, ct);
            var lapsed = c.ExpireShares(now);
            if (lapsed.Count == 0) continue;
            await SharingService.CloseTasksAsync(db, lapsed, now, ct);
            try
            {
                await audit.SaveWithAuditAsync(db, "portal", "case.share.expired", c.Id,
                    $"Deling af sag {c.CaseNumber} udløbet: {string.Join(", ", lapsed.Select(s => $"{s.StaffName} (til og med {s.Until:dd-MM-yyyy})"))}.", ct);
                count += lapsed.Count;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Ended by someone else (a user, or another node) in the meantime.
            }
        }
        return count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var ended = await ExpireAsync(stoppingToken);
                if (ended > 0) logger.LogInformation("{Count} delinger af sager er udløbet og afsluttet.", ended);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Udløbne delinger kunne ikke afsluttes; der prøves igen om {Minutes} minutter.", Interval.TotalMinutes);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
