using System.Security.Claims;
using Portal.Domain.Staff;

namespace Portal.Security;

public static class PortalClaims
{
    public const string DisplayName = "portal:display_name";

    public static Role? RoleOf(ClaimsPrincipal user) =>
        Enum.GetValues<Role>().Cast<Role?>().FirstOrDefault(r => user.IsInRole(r!.Value.ToString()));

    public static ClaimsPrincipal For(StaffMember staff, string authenticationType) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, staff.Username),
            new Claim(ClaimTypes.Role, staff.Role.ToString()),
            new Claim(DisplayName, staff.Name),
        ], authenticationType, ClaimTypes.Name, ClaimTypes.Role));
}
