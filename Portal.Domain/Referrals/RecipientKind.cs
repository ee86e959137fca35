namespace Portal.Domain.Referrals;

/// <summary>Where a referral goes. The enum names are the configuration keys (Referrals:DeadlineWorkingDays:&lt;name&gt;).</summary>
public enum RecipientKind
{
    Politi,
    DanskStalkingCenter,
    Krisecenter,
    Interventionscenter,
    LevUdenVold,
    Jobcenter,
    BoernOgFamilie,
    Psykolog,
    Andet,
}

public static class RecipientKinds
{
    /// <summary>Working days a recipient has to acknowledge a referral unless configured otherwise.</summary>
    public const int DefaultDeadlineWorkingDays = 5;

    public static string Danish(this RecipientKind kind) => kind switch
    {
        RecipientKind.Politi => "Politiet",
        RecipientKind.DanskStalkingCenter => "Dansk Stalking Center (rådgivning)",
        RecipientKind.Krisecenter => "Krisecenter",
        RecipientKind.Interventionscenter => "Rådgivning på interventionscenter",
        RecipientKind.LevUdenVold => "Lev Uden Vold",
        RecipientKind.Jobcenter => "Jobcenter",
        RecipientKind.BoernOgFamilie => "Børn og Familie",
        RecipientKind.Psykolog => "Psykolog",
        RecipientKind.Andet => "Anden modtager",
        _ => kind.ToString(),
    };
}

public enum ReferralUrgency
{
    Almindelig,
    Haster,
    Akut,
}

public static class ReferralUrgencies
{
    public static string Danish(this ReferralUrgency urgency) => urgency switch
    {
        ReferralUrgency.Almindelig => "Almindelig",
        ReferralUrgency.Haster => "Haster",
        ReferralUrgency.Akut => "Akut – borgeren er i fare",
        _ => urgency.ToString(),
    };
}
