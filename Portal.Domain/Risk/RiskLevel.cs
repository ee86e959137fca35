namespace Portal.Domain.Risk;

public enum RiskLevel
{
    Lav,
    Middel,
    Hoej,
}

public static class RiskLevelNames
{
    public static string Danish(this RiskLevel level) => level switch
    {
        RiskLevel.Lav => "Lav",
        RiskLevel.Middel => "Middel",
        RiskLevel.Hoej => "Høj",
        _ => level.ToString(),
    };
}
