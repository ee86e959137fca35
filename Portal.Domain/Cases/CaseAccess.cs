using System.Linq.Expressions;
using Portal.Domain.Access;
using Portal.Domain.Staff;

namespace Portal.Domain.Cases;

/// <summary>What a staff member wants to do with a case; each needs more than the one before it.</summary>
public enum CaseOperation
{
    /// <summary>See the case's contents on screen (emergency access grants this, and only this).</summary>
    Read,
    /// <summary>Print or export a document from the case.</summary>
    Print,
    /// <summary>Add to or edit the case's contents: notes, plans, incidents, referrals …</summary>
    Change,
    /// <summary>Move the case on and make its decisions: status, contact person, underretning, protection.</summary>
    Manage,
}

/// <summary>
/// Who may see a case. One rule, written twice on purpose: as an expression for database queries and as a plain
/// predicate for a loaded case (a test proves the two agree for every demo case and staff member).
/// </summary>
public static class CaseAccess
{
    /// <remarks>
    /// A staff member who declared a conflict of interest on a case never sees it, whatever their role.
    /// Visitators see the cases of their own organisation; contact persons their own cases; anyone the case is shared
    /// with sees it. Police never see a case — only what referrals share with them. Managers and administrators see
    /// figures, not case contents (only by recorded emergency access).
    /// For a single loaded case this needs <see cref="Case.Conflicts"/> and <see cref="Case.Shares"/> loaded.
    /// </remarks>
    public static Expression<Func<Case, bool>> VisibleTo(StaffMember viewer)
    {
        var id = viewer.Id;
        var organisation = viewer.OrganisationId;
        if (!viewer.IsActive) return c => false;
        return viewer.Role switch
        {
            Role.Visitator => c => (c.OrganisationId == organisation || c.ContactPersonId == id || c.Shares.Any(s => s.StaffMemberId == id))
                                   && !c.Conflicts.Any(x => x.StaffMemberId == id),
            Role.Kontaktperson or Role.Raadgiver => c => (c.ContactPersonId == id || c.Shares.Any(s => s.StaffMemberId == id))
                                                         && !c.Conflicts.Any(x => x.StaffMemberId == id),
            _ => c => false,
        };
    }

    public static bool CanSee(Case c, StaffMember viewer)
    {
        if (!viewer.IsActive || c.HasConflict(viewer)) return false;
        var own = c.ContactPersonId == viewer.Id || c.Shares.Any(s => s.StaffMemberId == viewer.Id);
        return viewer.Role switch
        {
            Role.Visitator => own || c.OrganisationId == viewer.OrganisationId,
            Role.Kontaktperson or Role.Raadgiver => own,
            _ => false,
        };
    }

    /// <summary>The case's own visitator and its contact person move the case on and make its decisions.</summary>
    public static bool MayManage(Case c, StaffMember staff) =>
        CanSee(c, staff) && staff.Id != 0 && (c.VisitatorId == staff.Id || c.ContactPersonId == staff.Id);

    /// <summary>
    /// Whether <paramref name="staff"/> may do <paramref name="operation"/> on the case. An active emergency access
    /// opens the case for reading only, never past a declared conflict of interest.
    /// </summary>
    public static bool Allows(Case c, StaffMember staff, CaseOperation operation, EmergencyAccess? emergency = null, DateTimeOffset? now = null) =>
        operation switch
        {
            CaseOperation.Read => CanSee(c, staff) || HasEmergencyAccess(c, staff, emergency, now),
            CaseOperation.Print => CanSee(c, staff),
            CaseOperation.Change => CanSee(c, staff) && staff.May(Capability.WorkOnCases),
            CaseOperation.Manage => MayManage(c, staff),
            _ => false,
        };

    public static bool HasEmergencyAccess(Case c, StaffMember staff, EmergencyAccess? emergency, DateTimeOffset? now) =>
        emergency is not null && now is { } at && emergency.CaseId == c.Id && emergency.StaffMemberId == staff.Id
        && emergency.IsActive(at) && staff.May(Capability.UseEmergencyAccess) && !c.HasConflict(staff);

    /// <summary>A protected address is shown only to the case's visitator and its contact person, if not conflicted.</summary>
    public static bool MaySeeAddress(Case @case, StaffMember viewer) =>
        !@case.Citizen.AddressProtected
        || (viewer.IsActive && (@case.ContactPersonId == viewer.Id || @case.VisitatorId == viewer.Id) && !@case.HasConflict(viewer));

    public const string MaskedAddress = "Adressebeskyttet – skjult";

    public static string? AddressFor(Case @case, StaffMember viewer) =>
        MaySeeAddress(@case, viewer) ? @case.Citizen.Address : MaskedAddress;
}
