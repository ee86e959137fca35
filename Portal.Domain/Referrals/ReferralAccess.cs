using Portal.Domain.Staff;

namespace Portal.Domain.Referrals;

/// <summary>
/// Who may see and act on a referral. Case workers work through the case (<c>CaseAccess</c>). The police
/// liaisons are not given the case: they see the referrals sent to the police — only what those share —
/// and the restraining orders on those cases.
/// </summary>
public static class ReferralAccess
{
    /// <summary>A police user sees the police referrals sent to their own district.</summary>
    public static bool PoliceMaySee(Referral referral, StaffMember viewer) =>
        viewer.May(Capability.AnswerPoliceReferral) && referral.Recipient == RecipientKind.Politi
        && referral.RecipientOrganisationId == viewer.OrganisationId;

    public static bool CanSee(Referral referral, bool canSeeCase, StaffMember viewer) =>
        (viewer.IsActive && canSeeCase) || PoliceMaySee(referral, viewer);

    /// <summary>
    /// The recipient's answers (Modtaget, Accepteret, Afvist) are recorded by the police for police
    /// referrals, or by the case's own staff on the recipient's behalf; only the case's staff close a referral.
    /// </summary>
    public static bool MayMove(Referral referral, ReferralStatus to, bool canSeeCase, StaffMember viewer)
    {
        if (!viewer.IsActive) return false;
        var sender = canSeeCase && Referral.MaySend(viewer);
        return ReferralStatusRules.IsRecipientAnswer(to) ? sender || PoliceMaySee(referral, viewer) : sender;
    }

    public static IReadOnlyList<ReferralStatus> ActionsFor(Referral referral, bool canSeeCase, StaffMember viewer) =>
        ReferralStatusRules.NextFrom(referral.Status).Where(to => MayMove(referral, to, canSeeCase, viewer)).ToList();

    /// <summary>Restraining orders: the case's staff, and the police on a case that has been referred to them.</summary>
    /// <param name="referredToPolice">The case was referred to the viewer's own police district.</param>
    public static bool MayWorkWithRestrainingOrders(bool canSeeCase, bool referredToPolice, StaffMember viewer) =>
        (canSeeCase && viewer.May(Capability.WorkOnCases)) || (viewer.May(Capability.AnswerPoliceReferral) && referredToPolice);
}
