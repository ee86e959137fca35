using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Staff;

namespace Portal.Security;

/// <summary>
/// The server-side record of each sign-in (<see cref="StaffSession"/>). Checked on every request and, for a
/// running circuit, every minute; circuit activity counts as activity.
/// </summary>
public sealed class StaffSessions(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time, AuditLog audit)
{
    public const string ClaimType = "portal:session";

    // When each session last wrote its activity, so most requests only read.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _touched = new();

    public async Task<string> StartAsync(StaffMember staff, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = new StaffSession(staff, time.GetUtcNow());
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>The signed-in user's session is open and their staff record still matches; ends it when not.</summary>
    public async Task<bool> ValidateAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.FindFirst(ClaimType)?.Value is not { Length: > 0 } id) return false;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Every request comes here: the session and its staff member in one query.
        var row = await db.StaffSessions.Where(s => s.Id == id)
            .Select(s => new { Session = s, Staff = db.Staff.FirstOrDefault(x => x.Id == s.StaffMemberId) })
            .SingleOrDefaultAsync(ct);
        if (row is null || row.Session.IsEnded) return false;
        var (session, staff) = (row.Session, row.Staff);
        var now = time.GetUtcNow();
        var reason = session.ReasonToEnd(staff, now)
                     ?? (!BelongsTo(staff!, user) ? "Sessionen tilhører en anden bruger." : null);
        if (reason is not null)
        {
            session.End(reason, now);
            await audit.SaveWithAuditAsync(db, staff?.Username ?? "ukendt", "signin.end", null, $"Session afsluttet: {reason}", ct);
            _touched.TryRemove(id, out _);
            return false;
        }
        if (session.Touch(now))
        {
            await db.SaveChangesAsync(ct);
            _touched[id] = now;
        }
        return true;
    }

    /// <summary>An Entra sign-in is the staff member's by object id; a demo sign-in by user name.</summary>
    private static bool BelongsTo(StaffMember staff, ClaimsPrincipal user) =>
        CurrentStaff.ObjectIdOf(user) is { } oid
            ? staff.EntraObjectId is null ? staff.Username == user.Identity?.Name?.ToLowerInvariant() : staff.EntraObjectId == oid
            : staff.Username == user.Identity?.Name?.ToLowerInvariant();

    /// <summary>Activity in a running circuit: keeps the session from the idle timeout.</summary>
    public async Task TouchAsync(string sessionId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        if (_touched.TryGetValue(sessionId, out var last) && now - last < StaffSession.TouchInterval) return;
        _touched[sessionId] = now;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.StaffSessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is not null && session.Touch(now)) await db.SaveChangesAsync(ct);
    }

    public async Task EndAsync(ClaimsPrincipal user, string reason, CancellationToken ct = default)
    {
        if (user.FindFirst(ClaimType)?.Value is not { Length: > 0 } id) return;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.StaffSessions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null || session.IsEnded) return;
        session.End(reason, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        _touched.TryRemove(id, out _);
    }
}
