using Portal.Domain.Referrals;

namespace Portal.Features.Referrals;

/// <summary>One line in a list of referrals; the citizen's name only when the viewer sees the case or the referral shares it.</summary>
public sealed record ReferralRow(
    int Id,
    int CaseId,
    string CaseNumber,
    string CitizenName,
    RecipientKind Recipient,
    string RecipientText,
    string Purpose,
    ReferralUrgency Urgency,
    ReferralStatus Status,
    DateTimeOffset SentAt,
    string SentByName,
    DateTimeOffset DeadlineAt,
    bool IsOverdue,
    bool CanOpenCase);
