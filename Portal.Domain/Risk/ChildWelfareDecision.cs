namespace Portal.Domain.Risk;

/// <summary>
/// The answer to "must children's services be notified?" (underretning) asked when the household has children. Underrettet
/// and IkkeNoedvendig settle it; SkalUnderrettes (answered on a risk assessment) says it is due and leaves it open.
/// </summary>
public enum ChildWelfareDecision
{
    Underrettet,
    SkalUnderrettes,
    IkkeNoedvendig,
}

public static class ChildWelfareDecisions
{
    public static string Danish(this ChildWelfareDecision d) => d switch
    {
        ChildWelfareDecision.Underrettet => "Underretning er sendt",
        ChildWelfareDecision.SkalUnderrettes => "Underretning skal sendes",
        ChildWelfareDecision.IkkeNoedvendig => "Underretning er ikke nødvendig",
        _ => d.ToString(),
    };

}
