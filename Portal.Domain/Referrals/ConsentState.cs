namespace Portal.Domain.Referrals;

/// <summary>Where a consent stands on a given day (see <see cref="Consent.StateOn"/>).</summary>
public enum ConsentState
{
    Gyldigt,
    GaelderEndnuIkke,
    Udloebet,
    TrukketTilbage,
}

public static class ConsentStates
{
    public static string Danish(this ConsentState state) => state switch
    {
        ConsentState.Gyldigt => "Gyldigt",
        ConsentState.GaelderEndnuIkke => "Gælder endnu ikke",
        ConsentState.Udloebet => "Udløbet",
        ConsentState.TrukketTilbage => "Trukket tilbage",
        _ => state.ToString(),
    };

    /// <summary>A stable lower-case key for markup and tests ("gyldigt", "fremtidigt", "udloebet", "trukket-tilbage").</summary>
    public static string Key(this ConsentState state) => state switch
    {
        ConsentState.Gyldigt => "gyldigt",
        ConsentState.GaelderEndnuIkke => "fremtidigt",
        ConsentState.Udloebet => "udloebet",
        ConsentState.TrukketTilbage => "trukket-tilbage",
        _ => state.ToString().ToLowerInvariant(),
    };
}
