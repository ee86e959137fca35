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

    public static RiskLevel Final(RiskLevel computed, RiskLevel? chosen, string? reason)
    {
        Validate(computed, chosen, reason).ThrowIfInvalid();
        return chosen is { } level && level > computed ? level : computed;
    }
}
