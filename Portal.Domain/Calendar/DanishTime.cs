namespace Portal.Domain.Calendar;

public static class DanishTime
{
    /// <summary>Europe/Copenhagen; UTC if the machine has no time zone data.</summary>
    public static readonly TimeZoneInfo Zone = Find();

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
