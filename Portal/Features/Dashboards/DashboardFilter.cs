using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Domain.Dashboards;

namespace Portal.Features.Dashboards;

/// <summary>
/// What a dashboard shows: the period, the municipality (null: every municipality, for administrators) and the
/// contact persons' department. Kept in the query string so the PDF, the CSV files and a bookmark show the same.
/// </summary>
public sealed record DashboardFilter(ReportPeriod Period, int? OrganisationId = null, string? Department = null)
{
    public const string BadFilterMessage = "Filteret kunne ikke læses. Vælg periode, kommune og afdeling igen.";

    private static readonly IReadOnlyDictionary<string, PeriodKind> Kinds = new Dictionary<string, PeriodKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["maaned"] = PeriodKind.Maaned, ["kvartal"] = PeriodKind.Kvartal, ["aar"] = PeriodKind.Aar, ["valgfri"] = PeriodKind.Valgfri,
    };

    public static DashboardFilter Default(DateOnly today) => new(ReportPeriod.Containing(PeriodKind.Kvartal, today));

    public string ToQuery()
    {
        var values = new Dictionary<string, string?>
        {
            ["periode"] = Kinds.First(k => k.Value == Period.Kind).Key,
            ["fra"] = Period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["til"] = Period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (OrganisationId is { } org) values["organisation"] = org.ToString(CultureInfo.InvariantCulture);
        if (Department is { } d) values["afdeling"] = d;
        return QueryHelpers.AddQueryString("", values)[1..];
    }

    /// <summary>Reads a filter from a query string; missing values take the defaults, wrong ones make it unreadable.</summary>
    public static bool TryParse(IReadOnlyDictionary<string, string?> query, DateOnly today, out DashboardFilter filter)
    {
        filter = Default(today);
        var kind = filter.Period.Kind;
        if (query.GetValueOrDefault("periode") is { Length: > 0 } k && !Kinds.TryGetValue(k, out kind)) return false;
        DateOnly? from = null, to = null;
        if (query.GetValueOrDefault("fra") is { Length: > 0 } f)
        {
            if (!DateOnly.TryParseExact(f, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
            from = d;
        }
        if (query.GetValueOrDefault("til") is { Length: > 0 } t)
        {
            if (!DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
            to = d;
        }
        ReportPeriod period;
        if (kind == PeriodKind.Valgfri)
        {
            if (!ReportPeriod.ValidateCustom(from, to).IsValid) return false;
            period = ReportPeriod.Custom(from!.Value, to!.Value);
        }
        else period = ReportPeriod.Containing(kind, from ?? today);

        int? organisation = null;
        if (query.GetValueOrDefault("organisation") is { Length: > 0 } o)
        {
            if (!int.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return false;
            organisation = id;
        }
        var department = query.GetValueOrDefault("afdeling") is { Length: > 0 } a ? a.Trim() : null;
        if (department is { Length: > 200 }) return false;
        filter = new DashboardFilter(period, organisation, department);
        return true;
    }

    public static bool TryParse(IQueryCollection query, DateOnly today, out DashboardFilter filter) =>
        TryParse(query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString()), today, out filter);

    public string Describe(string organisationName) =>
        $"{Period.Label} · {organisationName}" + (Department is { } d ? $" · afdeling {d}" : "");
}
