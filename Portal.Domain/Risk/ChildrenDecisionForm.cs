using Portal.Domain.Validation;

namespace Portal.Domain.Risk;

/// <summary>The underretning decision on a case: sent (when, to whom) or not needed (why).</summary>
public sealed class ChildrenDecisionForm
{
    public ChildWelfareDecision? Decision { get; set; }
    public DateOnly? SentOn { get; set; }
    public string? SentTo { get; set; }
    public string? Reason { get; set; }

    public FieldErrors Validate(DateOnly today)
    {
        var e = new FieldErrors();
        e.AddIf(Decision is not (ChildWelfareDecision.Underrettet or ChildWelfareDecision.IkkeNoedvendig), nameof(Decision),
            "Vælg, om underretningen er sendt, eller om den ikke er nødvendig.");
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
