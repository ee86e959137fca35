using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Domain.ContactPersons;

/// <summary>What the citizen needs and wishes of a fixed contact person; the ranking weighs candidates against it.</summary>
public sealed record ContactPersonWishes
{
    public const int LanguageMax = 40;

    /// <summary>The areas the citizen needs help from (job centre, children and family, social, health).</summary>
    public ServiceAreas Needs { get; init; }
    /// <summary>A language the citizen would rather speak than Danish, lower-case ("arabisk"), or null.</summary>
    public string? Language { get; init; }
    public Gender? PreferredGender { get; init; }

    public bool IsEmpty => Needs == ServiceAreas.None && Language is null && PreferredGender is null;

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        TextRules.MaxLength(errors, nameof(Language), Language, "Sproget", LanguageMax);
        if (!string.IsNullOrWhiteSpace(Language) && errors[nameof(Language)] is null
            && !Language.Trim().All(ch => char.IsLetter(ch) || ch is ' ' or '-'))
            errors.Add(nameof(Language), "Skriv sproget med bogstaver, fx arabisk.");
        return errors;
    }

    /// <summary>Trimmed, lower-case language; "dansk" is no wish, since every candidate speaks it.</summary>
    public ContactPersonWishes Normalized()
    {
        var language = TextRules.Clean(Language)?.ToLowerInvariant();
        return this with { Language = language == "dansk" ? null : language };
    }

    /// <summary>A Danish sentence for the timeline.</summary>
    public string Describe()
    {
        if (IsEmpty) return "Borgeren har ingen særlige behov eller ønsker til kontaktpersonen.";
        var parts = new List<string>();
        if (Needs != ServiceAreas.None) parts.Add($"behov: {Needs.Danish()}");
        if (Language is { } language) parts.Add($"sprog: {language}");
        if (PreferredGender is { } gender) parts.Add($"ønsker en {gender.Danish()}");
        return $"Behov og ønsker til kontaktperson: {string.Join("; ", parts)}.";
    }
}
