using Portal.Domain.Validation;

namespace Portal.Domain.Risk;

/// <summary>The underretning decision on a case: sent (when, to whom) or not needed (why).</summary>
public sealed class ChildrenDecisionForm
{
    public ChildWelfareDecision? Decision { get; set; }
    public DateOnly? SentOn { get; set; }
    public string? SentTo { get; set; }
    public string? Reason { get; set; }

    public const string DecisionMissing = "Vælg, om underretningen er sendt, eller om den ikke er nødvendig.";

    public bool IsEmpty => Decision is null && SentOn is null && string.IsNullOrWhiteSpace(SentTo) && string.IsNullOrWhiteSpace(Reason);

    /// <param name="pendingAllowed">The risk assessment may also answer "skal sendes", which leaves the decision open.</param>
    public FieldErrors Validate(DateOnly today, bool pendingAllowed = false)
    {
        var e = new FieldErrors();
        var allowed = Decision is ChildWelfareDecision.Underrettet or ChildWelfareDecision.IkkeNoedvendig
                      || (pendingAllowed && Decision == ChildWelfareDecision.SkalUnderrettes);
        e.AddIf(!allowed, nameof(Decision), pendingAllowed
            ? "Der er børn i husstanden: tag stilling til, om der skal underrettes."
            : DecisionMissing);
        if (Decision == ChildWelfareDecision.Underrettet)
        {
            e.AddIf(SentOn is null, nameof(SentOn), "Angiv datoen, underretningen blev sendt.");
            e.AddIf(SentOn > today, nameof(SentOn), "Datoen kan ikke ligge i fremtiden.");
            DateRules.NotTooOld(e, nameof(SentOn), SentOn, today);
            TextRules.Required(e, nameof(SentTo), SentTo, "Modtageren", 200);
        }
        if (Decision == ChildWelfareDecision.IkkeNoedvendig)
            TextRules.Required(e, nameof(Reason), Reason, "Begrundelsen", 1000);
        else
            TextRules.MaxLength(e, nameof(Reason), Reason, "Bemærkningen", 1000);
        return e;
    }
}
