using System.Globalization;
using Portal.Domain.Calendar;

namespace Portal.Documents;

/// <summary>Dates and times as printed documents show them: dd-MM-yyyy and HH.mm, in Danish time.</summary>
public static class DocumentDates
{
    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset moment) => Local(moment).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH.mm", CultureInfo.InvariantCulture);

    public static string DateAndTime(DateTimeOffset moment) =>
        Local(moment).ToString("dd-MM-yyyy 'kl.' HH.mm", CultureInfo.InvariantCulture);

    private static DateTime Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, DanishTime.Zone).DateTime;
}
