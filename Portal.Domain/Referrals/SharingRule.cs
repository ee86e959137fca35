namespace Portal.Domain.Referrals;

/// <summary>On what grounds information is shared: a consent that covers it, or a recorded legal basis.</summary>
public sealed record SharingDecision(bool Allowed, Consent? Consent, string? LegalBasis, IReadOnlyList<string> Reasons)
{
    /// <summary>All reasons as one Danish message, for the field next to the choice of basis.</summary>
    public string Message => string.Join(" ", Reasons);
}

/// <summary>
/// A referral may share information only when a valid consent covers the recipient and every shared
/// item, or when the case worker records the legal basis (lovhjemmel) for sharing without consent.
/// </summary>
public static class SharingRule
{
    public const string NoConsent = "Der er ikke registreret et samtykke fra borgeren.";
    public const string WhatToDo = "Registrér et samtykke, der dækker modtageren og alle oplysningerne, eller angiv lovhjemlen for videregivelsen.";

    public static SharingDecision Check(RecipientKind recipient, IReadOnlyCollection<SharedItem> items, IEnumerable<Consent> consents,
        string? legalBasis, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(legalBasis)) return new(true, null, legalBasis.Trim(), []);

        // The newest consent first: it is the one the citizen most recently decided on.
        var ordered = consents.OrderByDescending(c => c.GivenOn).ThenByDescending(c => c.RecordedAt).ToList();
        if (ordered.FirstOrDefault(c => c.Covers(recipient, items, today)) is { } covering)
            return new(true, covering, null, []);

        var reasons = ordered.Count == 0
            ? [NoConsent]
            : ordered.Select(c => c.WhyNot(recipient, items, today)!).ToList();
        reasons.Add(WhatToDo);
        return new(false, null, null, reasons);
    }
}
