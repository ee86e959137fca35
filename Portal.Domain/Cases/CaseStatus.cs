namespace Portal.Domain.Cases;

public enum CaseStatus
{
    Modtaget,
    Visiteret,
    IForloeb,
    Afsluttet,
}

public static class CaseStatusRules
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        // A case may be closed straight after receipt, e.g. when the visitation finds no course is needed.
        [CaseStatus.Modtaget] = [CaseStatus.Visiteret, CaseStatus.Afsluttet],
        [CaseStatus.Visiteret] = [CaseStatus.IForloeb, CaseStatus.Afsluttet],
        [CaseStatus.IForloeb] = [CaseStatus.Afsluttet],
        // Stalking often returns: a closed case is reopened rather than a new one started.
        [CaseStatus.Afsluttet] = [CaseStatus.IForloeb],
    };

    public static IReadOnlyList<CaseStatus> NextFrom(CaseStatus status) => Allowed[status];

    public static bool CanMove(CaseStatus from, CaseStatus to) => Allowed[from].Contains(to);

    public static string Danish(this CaseStatus status) => status switch
    {
        CaseStatus.Modtaget => "Modtaget",
        CaseStatus.Visiteret => "Visiteret",
        CaseStatus.IForloeb => "I forløb",
        CaseStatus.Afsluttet => "Afsluttet",
        _ => status.ToString(),
    };
}
