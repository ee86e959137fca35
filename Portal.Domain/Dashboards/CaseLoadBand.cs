namespace Portal.Domain.Dashboards;

/// <summary>Open cases per contact person in bands, as Primero reports case load.</summary>
public static class CaseLoadBand
{
    public static readonly IReadOnlyList<string> All = ["0–10", "11–20", "21–30", "Over 30"];

    public static string Of(int openCases) => openCases switch
    {
        <= 10 => All[0],
        <= 20 => All[1],
        <= 30 => All[2],
        _ => All[3],
    };
}
