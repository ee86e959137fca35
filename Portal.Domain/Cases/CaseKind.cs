namespace Portal.Domain.Cases;

public enum CaseKind
{
    Stalking,
    Partnervold,
    StalkingOgPartnervold,
}

public static class CaseKindNames
{
    public static string Danish(this CaseKind kind) => kind switch
    {
        CaseKind.Stalking => "Stalking",
        CaseKind.Partnervold => "Partnervold",
        CaseKind.StalkingOgPartnervold => "Stalking og partnervold",
        _ => kind.ToString(),
    };
}
