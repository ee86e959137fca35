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
    /// A staff member who declared a conflict of interest on a case never sees it, whatever their role, until it is withdrawn.
    /// Visitators see the cases of their own organisation; contact persons their own cases; anyone the case is shared
    /// with sees it while the share is active (not ended, last day not passed). Police never see a case — only what
    /// referrals share with them. Managers and administrators see figures, not case contents (only by recorded
    /// emergency access).
    /// For a single loaded case this needs <see cref="Case.Conflicts"/> and <see cref="Case.Shares"/> loaded.
    /// </remarks>
    /// <param name="wholeOnly">Leave out cases shared with the viewer for only a part (e.g. for lists of referrals).</param>
    public static Expression<Func<Case, bool>> VisibleTo(StaffMember viewer, DateTimeOffset now, bool wholeOnly = false)
    {
        var id = viewer.Id;
        var organisation = viewer.OrganisationId;
        var today = Calendar.DanishTime.Today(now);
        if (!viewer.May(Capability.WorkOnCases)) return c => false;
        var wholeOrganisation = viewer.Role == Role.Visitator;
        return c => ((wholeOrganisation && c.OrganisationId == organisation) || c.ContactPersonId == id
                     || c.Shares.Any(s => s.StaffMemberId == id && s.EndedAt == null && s.Until >= today
                                          && (!wholeOnly || s.Part == SharePart.HeleSagen)))
                    && !c.Conflicts.Any(x => x.StaffMemberId == id && x.WithdrawnAt == null);
    }

    public static bool CanSee(Case c, StaffMember viewer, DateTimeOffset now) => PartFor(c, viewer, now) is not null;

    /// <summary>Sees all of the case (referrals, consents, notes …), not only a shared part.</summary>
    public static bool SeesWhole(Case c, StaffMember viewer, DateTimeOffset now) => PartFor(c, viewer, now) == SharePart.HeleSagen;

    /// <summary>
    /// How much of the case the viewer sees: all of it as its visitator, contact person or a visitator of its
    /// organisation; the shared part through an active share; nothing (null) otherwise.
    /// </summary>
    public static SharePart? PartFor(Case c, StaffMember viewer, DateTimeOffset now)
    {
        if (!viewer.IsActive || c.HasConflict(viewer)) return null;
        var whole = viewer.Role switch
        {
            Role.Visitator => c.ContactPersonId == viewer.Id || c.OrganisationId == viewer.OrganisationId,
            Role.Kontaktperson or Role.Raadgiver => c.ContactPersonId == viewer.Id,
            _ => false,
        };
        if (whole) return SharePart.HeleSagen;
        if (!viewer.Role.May(Capability.ReceiveCaseShare)) return null;
        return c.ActiveShareFor(viewer, now)?.Part;
    }

    /// <summary>The case's own visitator and its contact person move the case on and make its decisions.</summary>
    public static bool MayManage(Case c, StaffMember staff, DateTimeOffset now) =>
        CanSee(c, staff, now) && staff.Id != 0 && (c.VisitatorId == staff.Id || c.ContactPersonId == staff.Id);

    /// <summary>
    /// Whether <paramref name="staff"/> may do <paramref name="operation"/> on the case, in the audited
    /// <paramref name="area"/> (a share of only part of the case opens only that part). An active emergency access
    /// opens the case for reading only, never past a declared conflict of interest.
    /// </summary>
    public static bool Allows(Case c, StaffMember staff, CaseOperation operation, DateTimeOffset now, EmergencyAccess? emergency = null,
        string area = "case")
    {
        var part = PartFor(c, staff, now);
        var opens = part is { } p && p.Opens(area, operation);
        return operation switch
        {
            CaseOperation.Read => opens || HasEmergencyAccess(c, staff, emergency, now),
            CaseOperation.Print => opens,
            CaseOperation.Change => opens && staff.May(Capability.WorkOnCases),
            CaseOperation.Manage => opens && MayManage(c, staff, now),
            _ => false,
        };
    }

    public static bool HasEmergencyAccess(Case c, StaffMember staff, EmergencyAccess? emergency, DateTimeOffset now) =>
        emergency is not null && emergency.CaseId == c.Id && emergency.StaffMemberId == staff.Id
        && emergency.IsActive(now) && staff.May(Capability.UseEmergencyAccess) && !c.HasConflict(staff);

    /// <summary>
    /// A protected address is shown only to the case's visitator and its contact person, and to someone the case is
    /// shared with when the share records that they need it — never past a conflict of interest.
    /// </summary>
    public static bool MaySeeAddress(Case @case, StaffMember viewer, DateTimeOffset now) =>
        !@case.Citizen.AddressProtected
        || (viewer.IsActive && !@case.HasConflict(viewer)
            && (@case.ContactPersonId == viewer.Id || @case.VisitatorId == viewer.Id
                || @case.ActiveShareFor(viewer, now) is { IncludesAddress: true }));

    public const string MaskedAddress = "Adressebeskyttet – skjult";

}
