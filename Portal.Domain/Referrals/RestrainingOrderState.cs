namespace Portal.Domain.Referrals;

/// <summary>Where a restraining order stands on a given day (see <see cref="RestrainingOrder.StateOn"/>).</summary>
public enum RestrainingOrderState
{
    Gaelder,
    IkkeTraadtIKraft,
    Udloebet,
}

public static class RestrainingOrderStates
{
    public static string Danish(this RestrainingOrderState state) => state switch
    {
        RestrainingOrderState.Gaelder => "Gælder",
        RestrainingOrderState.IkkeTraadtIKraft => "Ikke trådt i kraft",
        RestrainingOrderState.Udloebet => "Udløbet",
        _ => state.ToString(),
    };
}
