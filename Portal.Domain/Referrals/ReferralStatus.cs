namespace Portal.Domain.Referrals;

public enum ReferralStatus
{
    Sendt,
    Modtaget,
    Accepteret,
    Afvist,
    Afsluttet,
}

/// <summary>Sendt → Modtaget → Accepteret / Afvist → Afsluttet, and nothing else.</summary>
public static class ReferralStatusRules
{
    private static readonly Dictionary<ReferralStatus, ReferralStatus[]> Allowed = new()
    {
        [ReferralStatus.Sendt] = [ReferralStatus.Modtaget],
        [ReferralStatus.Modtaget] = [ReferralStatus.Accepteret, ReferralStatus.Afvist],
        // The sender closes the referral once the course is over (accepted) or the citizen is helped elsewhere (rejected).
        [ReferralStatus.Accepteret] = [ReferralStatus.Afsluttet],
        [ReferralStatus.Afvist] = [ReferralStatus.Afsluttet],
        [ReferralStatus.Afsluttet] = [],
    };

    public static IReadOnlyList<ReferralStatus> NextFrom(ReferralStatus status) => Allowed[status];

    public static bool CanMove(ReferralStatus from, ReferralStatus to) => Allowed[from].Contains(to);

    /// <summary>The recipient's answers; the rest (closing) belongs to the sender.</summary>
    public static bool IsRecipientAnswer(ReferralStatus to) =>
        to is ReferralStatus.Modtaget or ReferralStatus.Accepteret or ReferralStatus.Afvist;

    public static string Danish(this ReferralStatus status) => status switch
    {
        ReferralStatus.Sendt => "Sendt",
        ReferralStatus.Modtaget => "Modtaget",
        ReferralStatus.Accepteret => "Accepteret",
        ReferralStatus.Afvist => "Afvist",
        ReferralStatus.Afsluttet => "Afsluttet",
        _ => status.ToString(),
    };

    /// <summary>The button text for moving to <paramref name="to"/>.</summary>
    public static string ActionText(this ReferralStatus to) => to switch
    {
        ReferralStatus.Modtaget => "Markér modtaget",
        ReferralStatus.Accepteret => "Accepteret",
        ReferralStatus.Afvist => "Afvist",
        ReferralStatus.Afsluttet => "Afslut",
        _ => to.Danish(),
    };
}
