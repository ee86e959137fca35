using Portal.Domain.Referrals;

namespace Portal.Features.Referrals;

/// <summary>A referral as one viewer sees it: what they may do with it, and what it shares when that was asked for.</summary>
public sealed record ReferralCard(
    Referral Referral,
    string CaseNumber,
    string CitizenName,
    string Basis,
    bool IsOverdue,
    bool CanOpenCase,
    IReadOnlyList<ReferralStatus> Actions,
    IReadOnlyList<SharedSection>? Shared = null,
    RestrainingOrders? Orders = null);
