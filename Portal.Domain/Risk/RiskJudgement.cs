using Portal.Domain.Validation;

namespace Portal.Domain.Risk;

/// <summary>The professional may raise the computed level with a written reason, never lower it.</summary>
public static class RiskJudgement
{
    public const int ReasonMax = 2000;

    public static FieldErrors Validate(RiskLevel computed, RiskLevel? chosen, string? reason)
    {
        var errors = new FieldErrors();
        if (chosen is not { } level || level == computed) return errors;
        if (level < computed)
            errors.Add("Level", $"Niveauet kan ikke sættes lavere end det beregnede ({computed.Danish()}).");
        else if (string.IsNullOrWhiteSpace(reason))
            errors.Add("Reason", "Skriv hvorfor du hæver risikoniveauet.");
        TextRules.MaxLength(errors, "Reason", reason, "Begrundelsen", ReasonMax);
        return errors;
    }

    /// <summary>
    /// Checks a whole assessment form: every item answered (keys <paramref name="itemPrefix"/> + item id),
    /// then the judgement against the computed level (keys RaisedLevel and RaiseReason, as the forms name them).
    /// </summary>
    public static FieldErrors ValidateForm(Instrument instrument, IReadOnlyDictionary<string, string> answers, RiskLevel? chosen, string? reason, string itemPrefix = "")
    {
        var errors = new FieldErrors();
        foreach (var (item, message) in instrument.Validate(answers).All) errors.Add(itemPrefix + item, message);
        if (!errors.IsValid) return errors;
        foreach (var (field, message) in Validate(instrument.Score(answers).Level, chosen, reason).All)
            errors.Add(field == "Level" ? "RaisedLevel" : "RaiseReason", message);
        return errors;
    }

    public static RiskLevel Final(RiskLevel computed, RiskLevel? chosen, string? reason)
    {
        Validate(computed, chosen, reason).ThrowIfInvalid();
        return chosen is { } level && level > computed ? level : computed;
    }
}
