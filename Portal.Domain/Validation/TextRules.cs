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
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
