namespace Portal.Domain.Validation;

public static class TextRules
{
    public static void Required(FieldErrors errors, string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            errors.Add(field, $"{label} skal udfyldes.");
        else
            MaxLength(errors, field, value, label, maxLength);
    }

    public static void MaxLength(FieldErrors errors, string field, string? value, string label, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
            errors.Add(field, $"{label} må højst være {maxLength} tegn (der er {value.Trim().Length}).");
        else if (HasControlCharacter(value))
            errors.Add(field, $"{label} indeholder et usynligt styretegn (fx fra en kopieret tekst). Slet det, eller skriv teksten igen.");
    }

    /// <summary>Control characters other than line breaks and tab (NUL, escape …) are never wanted in a text field.</summary>
    public static bool HasControlCharacter(string? value) =>
        value is not null && value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
