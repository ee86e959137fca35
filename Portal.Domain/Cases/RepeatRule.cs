namespace Portal.Domain.Cases;

/// <summary>
/// A repeat (gentagen henvendelse): a new inquiry about a citizen whose last case was closed less than 12 months
/// before it came in — the SafeLives MARAC definition. An open case is not a repeat: the inquiry belongs on it.
/// </summary>
public static class RepeatRule
{
    public const int Months = 12;

    public static bool IsRepeat(DateTimeOffset? lastClosedAt, DateTimeOffset inquiryAt) =>
        lastClosedAt is { } closed && closed <= inquiryAt && closed > inquiryAt.AddMonths(-Months);
}
