namespace Portal.Domain.Cases;

public enum CaseKind
{
    Stalking,
    Partnervold,
    StalkingOgPartnervold,
    /// <summary>Not yet clear; the visitation decides.</summary>
    Uafklaret,
}

public static class CaseKindNames
{
    public static string Danish(this CaseKind kind) => kind switch
    {
        CaseKind.Stalking => "Stalking",
        CaseKind.Partnervold => "Partnervold",
        CaseKind.StalkingOgPartnervold => "Stalking og partnervold",
        CaseKind.Uafklaret => "Uafklaret",
        _ => kind.ToString(),
    };
}
