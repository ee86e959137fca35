using Portal.Domain.Cases;
using Portal.Domain.Referrals;

namespace Portal.Features.Referrals;

/// <summary>The case's referrals page: its consents, referrals and restraining orders, read together in one audited read.</summary>
public sealed record CaseReferralsData(
    CaseView Case,
    IReadOnlyList<Consent> Consents,
    IReadOnlyList<ReferralCard> Referrals,
    RestrainingOrders Orders,
    bool CanSend,
    DateOnly Today);
