using Portal.Domain.Validation;

namespace Portal.Domain.Risk;

/// <summary>The answer to "must children's services be notified?" (underretning) asked when the household has children.</summary>
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

    public static FieldErrors Validate(bool householdHasChildren, ChildWelfareDecision? decision, string? note)
    {
        var e = new FieldErrors();
        if (!householdHasChildren) return e;
        e.AddIf(decision is null, "ChildrenDecision", "Der er børn i husstanden: tag stilling til, om der skal underrettes.");
        e.AddIf(decision == ChildWelfareDecision.IkkeNoedvendig && string.IsNullOrWhiteSpace(note), "ChildrenDecisionNote",
            "Skriv hvorfor underretning ikke er nødvendig.");
        TextRules.MaxLength(e, "ChildrenDecisionNote", note, "Begrundelsen", 1000);
        return e;
    }
}
