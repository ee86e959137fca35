namespace Portal.Domain.Citizens;

public enum ProtectionState
{
    NotProtected,
    Active,
    /// <summary>Protected, but no expiry is recorded (set before expiries were kept): someone must look it up.</summary>
    ExpiryUnknown,
    /// <summary>Lapses within <see cref="ProtectionLapse.ReminderDays"/> days: the contact person renews it or records its end.</summary>
    ExpiresSoon,
    /// <summary>Its date has passed, but nobody has recorded a renewal or an end: still treated as protected.</summary>
    ExpiredUnconfirmed,
}

/// <summary>
/// Name and address protection in the CPR register normally lapses after a year unless renewed. The portal records
/// its expiry, reminds the contact person 30 days before, and never unprotects silently: an expired protection stays
/// in force in the portal until a person records that it was renewed or has ended.
/// </summary>
public static class ProtectionLapse
{
    public const int DefaultMonths = 12;
    public const int ReminderDays = 30;
    public const int MaxYearsAhead = 2;
    public const string TaskTitle = "Forny adressebeskyttelse";

    public static ProtectionState StateOf(Citizen citizen, DateOnly today) =>
        StateOf(citizen.AddressProtected || citizen.NameProtected, citizen.ProtectedUntil, today);

    public static ProtectionState StateOf(bool isProtected, DateOnly? protectedUntil, DateOnly today) =>
        !isProtected ? ProtectionState.NotProtected
        : protectedUntil is not { } until ? ProtectionState.ExpiryUnknown
        : until < today ? ProtectionState.ExpiredUnconfirmed
        : until <= today.AddDays(ReminderDays) ? ProtectionState.ExpiresSoon
        : ProtectionState.Active;

    public static bool NeedsRenewal(Citizen citizen, DateOnly today) =>
        StateOf(citizen, today) is ProtectionState.ExpiresSoon or ProtectionState.ExpiredUnconfirmed or ProtectionState.ExpiryUnknown;

    /// <summary>Why <paramref name="until"/> cannot be the protection's end; null when it can.</summary>
    public static string? WhyNot(DateOnly? until, DateOnly today) =>
        until is null ? "Angiv, hvornår beskyttelsen udløber i CPR-registret."
        : until < today ? "Udløbsdatoen kan ikke ligge i fortiden."
        : until > today.AddYears(MaxYearsAhead) ? $"Beskyttelsen udløber normalt efter et år. Skriv en dato inden for {MaxYearsAhead} år."
        : null;
}
