namespace Portal.Domain.Dashboards;

/// <summary>Age in 5-year bands for the evaluation export ("25–29"); unknown birth dates stay unknown.</summary>
public static class AgeBand
{
    public const string Unknown = "Ukendt";

    public static string Of(DateOnly? birthDate, DateOnly on)
    {
        if (birthDate is not { } born || born > on) return Unknown;
        var age = on.Year - born.Year - (on < born.AddYears(on.Year - born.Year) ? 1 : 0);
        if (age >= 80) return "80+";
        var low = age / 5 * 5;
        return $"{low}–{low + 4}";
    }
}
