using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Staff;

namespace Portal.Security;

/// <summary>The signed-in staff member of this circuit or request, looked up from the database.</summary>
public sealed class CurrentStaff(AuthenticationStateProvider auth, IDbContextFactory<PortalDbContext> dbFactory)
{
    /// <summary>
    /// The staff member, or null if the identity does not match an active staff member with that role. Read from the
    /// staff table on every call (never cached for the circuit), so a deactivation or a new role counts at once.
    /// </summary>
    public async Task<StaffMember?> GetAsync()
    {
        var state = await auth.GetAuthenticationStateAsync();
        return await FindAsync(dbFactory, state.User);
    }

    public const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <summary>The Entra object id of the sign-in, if it came from Entra ID.</summary>
    public static string? ObjectIdOf(ClaimsPrincipal user) => user.FindFirst(ObjectIdClaim)?.Value ?? user.FindFirst("oid")?.Value;

    public static async Task<StaffMember?> FindAsync(IDbContextFactory<PortalDbContext> dbFactory, ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || string.IsNullOrEmpty(user.Identity.Name)) return null;
        var username = user.Identity.Name.ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync();
        // An Entra sign-in is matched on its immutable object id once bound; before that on the user name of a record
        // not yet bound to anyone (the binding happens at sign-in, see AuthenticationSetup).
        var staff = ObjectIdOf(user) is { } oid
            ? await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.EntraObjectId == oid && s.IsActive)
              ?? await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Username == username && s.EntraObjectId == null && s.IsActive)
            : await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Username == username && s.IsActive);
        // The role in the sign-in must match the staff record, so a stale cookie or a changed app role grants nothing.
        return staff is not null && user.IsInRole(staff.Role.ToString()) ? staff : null;
    }

    /// <summary>At an Entra sign-in: binds the staff record found by user name to the sign-in's object id.</summary>
    public static async Task BindObjectIdAsync(IDbContextFactory<PortalDbContext> dbFactory, StaffMember staff, ClaimsPrincipal user)
    {
        if (ObjectIdOf(user) is not { } oid || staff.EntraObjectId is not null) return;
        await using var db = await dbFactory.CreateDbContextAsync();
        var record = await db.Staff.SingleAsync(s => s.Id == staff.Id);
        if (record.BindEntraObjectId(oid)) await db.SaveChangesAsync();
    }
}
