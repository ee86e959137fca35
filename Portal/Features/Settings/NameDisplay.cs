using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Security;

namespace Portal.Features.Settings;

/// <summary>
/// Whether lists show citizens' full names for the signed-in session. Off at every sign-in: lists show initials, so a
/// screen seen over a shoulder or shared in a meeting shows no citizen.
/// </summary>
public sealed class NameDisplay(AuthenticationStateProvider auth, IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit)
{
    public async Task<bool> ShowNamesAsync(CancellationToken ct = default)
    {
        if (await SessionIdAsync() is not { } id) return false;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.StaffSessions.Where(s => s.Id == id && s.EndedAt == null).Select(s => s.ShowNamesInLists).SingleOrDefaultAsync(ct);
    }

    public async Task SetAsync(bool show, CancellationToken ct = default)
    {
        var user = (await auth.GetAuthenticationStateAsync()).User;
        if (user.FindFirst(StaffSessions.ClaimType)?.Value is not { Length: > 0 } id) return;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.StaffSessions.SingleOrDefaultAsync(s => s.Id == id && s.EndedAt == null, ct);
        if (session is null || session.ShowNamesInLists == show) return;
        session.ShowNamesInLists = show;
        await audit.SaveWithAuditAsync(db, user.Identity?.Name ?? "ukendt", "settings.names", null,
            show ? "Fulde navne vises i lister i denne session." : "Lister viser igen kun initialer.", ct);
    }

    private async Task<string?> SessionIdAsync() =>
        (await auth.GetAuthenticationStateAsync()).User.FindFirst(StaffSessions.ClaimType)?.Value;
}
