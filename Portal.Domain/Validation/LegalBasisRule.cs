namespace Portal.Domain.Validation;

/// <summary>A legal basis (lovhjemmel) for sharing without consent: required, and it must name the paragraph.</summary>
public static class LegalBasisRule
{
    public const int Max = 300;
    public const string NeedsParagraph = "Angiv lovhjemlen med paragraf, fx «forvaltningslovens § 28, stk. 2, nr. 3».";

    public static void Require(FieldErrors errors, string field, string? value)
    {
        TextRules.Required(errors, field, value, "Lovhjemlen", Max);
        errors.AddIf(!string.IsNullOrWhiteSpace(value) && !value.Contains('§'), field, NeedsParagraph);
    }
}
