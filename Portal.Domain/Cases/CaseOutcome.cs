namespace Portal.Domain.Cases;

/// <summary>How a course ended, chosen when the case is closed; the managers' follow-through figures count it.</summary>
public enum CaseOutcome
{
    AfsluttetSomPlanlagt,
    BorgerenOenskedeIkkeMere,
    Flyttet,
    VideregivetTilAndenMyndighed,
    IkkeBehovForForloeb,
    Andet,
}

public static class CaseOutcomeNames
{
    public static string Danish(this CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.AfsluttetSomPlanlagt => "Forløbet afsluttet som planlagt",
        CaseOutcome.BorgerenOenskedeIkkeMere => "Borgeren ønskede ikke mere",
        CaseOutcome.Flyttet => "Borgeren er flyttet",
        CaseOutcome.VideregivetTilAndenMyndighed => "Videregivet til anden myndighed",
        CaseOutcome.IkkeBehovForForloeb => "Ikke behov for et forløb",
        CaseOutcome.Andet => "Andet",
        _ => outcome.ToString(),
    };
}
