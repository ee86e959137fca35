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

    public static async Task<StaffMember?> FindAsync(IDbContextFactory<PortalDbContext> dbFactory, ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || string.IsNullOrEmpty(user.Identity.Name)) return null;
        var username = user.Identity.Name.ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync();
        var staff = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Username == username && s.IsActive);
        // The role in the sign-in must match the staff record, so a stale cookie or a changed app role grants nothing.
        return staff is not null && user.IsInRole(staff.Role.ToString()) ? staff : null;
    }
}
