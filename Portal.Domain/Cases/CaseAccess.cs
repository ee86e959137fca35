using System.Linq.Expressions;
using Portal.Domain.Staff;

namespace Portal.Domain.Cases;

/// <summary>Who may see a case. One rule, used both for database queries and for a single loaded case.</summary>
public static class CaseAccess
{
    /// <remarks>
    /// A staff member who declared a conflict of interest on a case never sees it, whatever their role.
    /// For a single loaded case this needs <see cref="Case.Conflicts"/> loaded (the database mapping always includes it).
    /// </remarks>
    public static Expression<Func<Case, bool>> VisibleTo(StaffMember viewer)
    {
        var id = viewer.Id;
        if (!viewer.IsActive) return c => false;
        return viewer.Role switch
        {
            Role.Visitator => c => !c.Conflicts.Any(x => x.StaffMemberId == id),
            // Managers and administrators see figures, not case contents (only by recorded emergency access).
            Role.Leder or Role.Administrator => c => false,
            _ => c => (c.ContactPersonId == id || c.Shares.Any(s => s.StaffMemberId == id))
                      && !c.Conflicts.Any(x => x.StaffMemberId == id),
        };
    }

    public static bool CanSee(Case @case, StaffMember viewer) => VisibleTo(viewer).Compile()(@case);

    /// <summary>A protected address is shown only to the case's visitator and its contact person, if not conflicted.</summary>
    public static bool MaySeeAddress(Case @case, StaffMember viewer) =>
        !@case.Citizen.AddressProtected
        || (viewer.IsActive && (@case.ContactPersonId == viewer.Id || @case.VisitatorId == viewer.Id) && !@case.HasConflict(viewer));

    /// <summary>Visitators and the case's contact person move the case on and make its decisions.</summary>
    public static bool MayManage(Case @case, StaffMember staff) =>
        CanSee(@case, staff) && (staff.Role == Role.Visitator || @case.ContactPersonId == staff.Id);

    public const string MaskedAddress = "Adressebeskyttet – skjult";

    public static string? AddressFor(Case @case, StaffMember viewer) =>
        MaySeeAddress(@case, viewer) ? @case.Citizen.Address : MaskedAddress;
}
