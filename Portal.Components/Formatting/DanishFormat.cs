using System.Globalization;

namespace Portal.Components.Formatting;

/// <summary>Times are stored in UTC and shown in Danish time as dd-MM-yyyy.</summary>
public static class DanishFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>Sorts names as a Danish reader expects (æ, ø, å last).</summary>
    public static readonly StringComparer Sorting = StringComparer.Create(Culture, ignoreCase: false);

    private static readonly TimeZoneInfo Zone = Portal.Domain.Calendar.DanishTime.Zone;

    public static DateTimeOffset ToDanishTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    public static string Date(DateTimeOffset at) => ToDanishTime(at).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset at) => ToDanishTime(at).ToString("dd-MM-yyyy 'kl.' HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
