using Portal.Domain.Referrals;

namespace Portal.Features.Referrals;

/// <summary>What the referral letter holds: the referral, its basis, and only the information it shares.</summary>
public sealed record ReferralLetter(
    string Municipality,
    int ReferralId,
    string CaseNumber,
    string RecipientText,
    ReferralUrgency Urgency,
    string Purpose,
    DateTimeOffset SentAt,
    string SentByName,
    string SentByDepartment,
    DateTimeOffset DeadlineAt,
    string Basis,
    IReadOnlyList<SharedSection> Shared,
    DateTimeOffset PrintedAt,
    string PrintedBy);
