namespace Portal.Domain.Validation;

/// <summary>
/// Sensible ranges for dates typed by hand: a typo such as 01-01-1800 or 2999 is refused beside the field with a
/// Danish message, instead of being saved.
/// </summary>
public static class DateRules
{
    /// <summary>How far back a recorded event (incident, when stalking began, a decision) may lie.</summary>
    public const int YearsBack = 20;
    /// <summary>How far ahead a planned date (review, deadline, consent end) may lie.</summary>
    public const int YearsAhead = 5;

    public static void NotTooOld(FieldErrors errors, string field, DateOnly? date, DateOnly today)
    {
        if (date is { } d && d < today.AddYears(-YearsBack))
            errors.Add(field, $"Datoen ligger for langt tilbage. Skriv en dato inden for de seneste {YearsBack} år.");
    }

    public static void NotTooFarAhead(FieldErrors errors, string field, DateOnly? date, DateOnly today, int years = YearsAhead)
    {
        if (date is { } d && d > today.AddYears(years))
            errors.Add(field, $"Datoen ligger for langt ude i fremtiden. Skriv en dato inden for {years} år.");
    }

    /// <summary>For forms that are not checked against today: a year between 2000 and 2100.</summary>
    public static void Plausible(FieldErrors errors, string field, DateOnly? date)
    {
        if (date is { } d && (d.Year < 2000 || d.Year > 2100))
            errors.Add(field, "Datoen ser forkert ud. Skriv en dato mellem år 2000 og 2100.");
    }
}
