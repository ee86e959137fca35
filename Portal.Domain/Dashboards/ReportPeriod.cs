using System.Globalization;
using Portal.Domain.Calendar;
using Portal.Domain.Validation;

namespace Portal.Domain.Dashboards;

public enum PeriodKind
{
    Maaned,
    Kvartal,
    Aar,
    Valgfri,
}

/// <summary>The dates a dashboard figure covers, both inclusive, in Danish time; compared with the period just before it.</summary>
public sealed record ReportPeriod(PeriodKind Kind, DateOnly From, DateOnly To)
{
    public const int MaxYears = 5;

    private static readonly CultureInfo DanishCulture = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>The month, quarter or year that holds <paramref name="day"/>.</summary>
    public static ReportPeriod Containing(PeriodKind kind, DateOnly day) => kind switch
    {
        PeriodKind.Maaned => new(kind, new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1)),
        PeriodKind.Kvartal => Quarter(day),
        PeriodKind.Aar => new(kind, new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), "A custom period has its own dates."),
    };

    private static ReportPeriod Quarter(DateOnly day)
    {
        var first = new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);
        return new(PeriodKind.Kvartal, first, first.AddMonths(3).AddDays(-1));
    }

    /// <summary>A custom period; field errors in Danish when the dates do not make one.</summary>
    public static FieldErrors ValidateCustom(DateOnly? from, DateOnly? to)
    {
        var e = new FieldErrors();
        if (from is null) e.Add("From", "Vælg en startdato.");
        if (to is null) e.Add("To", "Vælg en slutdato.");
        if (from is { } f && to is { } t)
        {
            e.AddIf(t < f, "To", "Slutdatoen skal ligge på eller efter startdatoen.");
            e.AddIf(t > f.AddYears(MaxYears), "To", $"En periode kan højst være {MaxYears} år.");
        }
        return e;
    }

    public static ReportPeriod Custom(DateOnly from, DateOnly to)
    {
        ValidateCustom(from, to).ThrowIfInvalid();
        return new(PeriodKind.Valgfri, from, to);
    }

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period of the same kind and length just before this one.</summary>
    public ReportPeriod Previous() => Kind switch
    {
        PeriodKind.Valgfri => new(Kind, From.AddDays(-Days), From.AddDays(-1)),
        _ => Containing(Kind, From.AddDays(-1)),
    };

    /// <summary>The first instant of the period and the first instant after it, in UTC.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Instants() => (StartOf(From), StartOf(To.AddDays(1)));

    private static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, DanishTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public bool Contains(DateTimeOffset at)
    {
        var (start, end) = Instants();
        return at >= start && at < end;
    }

    /// <summary>The months the period touches, for per-month charts.</summary>
    public IReadOnlyList<DateOnly> Months()
    {
        var months = new List<DateOnly>();
        for (var m = new DateOnly(From.Year, From.Month, 1); m <= To; m = m.AddMonths(1)) months.Add(m);
        return months;
    }

    public string Label => Kind switch
    {
        PeriodKind.Maaned => From.ToString("MMMM yyyy", DanishCulture),
        PeriodKind.Kvartal => $"{(From.Month - 1) / 3 + 1}. kvartal {From.Year}",
        PeriodKind.Aar => From.Year.ToString(CultureInfo.InvariantCulture),
        _ => $"{From:dd-MM-yyyy} – {To:dd-MM-yyyy}",
    };

    public static string Danish(PeriodKind kind) => kind switch
    {
        PeriodKind.Maaned => "Måned",
        PeriodKind.Kvartal => "Kvartal",
        PeriodKind.Aar => "År",
        _ => "Valgfri periode",
    };
}
