namespace Portal.Domain.Calendar;

/// <summary>Danish working days: Monday to Friday except public holidays (Store Bededag was abolished from 2024).</summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(date);

    public static bool IsPublicHoliday(DateOnly date)
    {
        var easter = EasterSunday(date.Year);
        var fromEaster = date.DayNumber - easter.DayNumber;
        return (date.Month, date.Day) is (1, 1) or (6, 5) or (12, 24) or (12, 25) or (12, 26) or (12, 31)
            || fromEaster is -3 or -2 or 0 or 1 or 39 or 49 or 50
            || (fromEaster == 26 && date.Year < 2024);
    }

    /// <summary>The deadline <paramref name="days"/> working days after <paramref name="from"/>, at the same time of day.</summary>
    public static DateTimeOffset Add(DateTimeOffset from, int days, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(from, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var added = 0;
        while (added < days)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) added++;
        }
        var deadline = date.ToDateTime(TimeOnly.FromDateTime(local.DateTime));
        return new DateTimeOffset(deadline, zone.GetUtcOffset(deadline));
    }

    /// <summary>
    /// Working days from <paramref name="from"/> to <paramref name="to"/> in Danish dates: the working days after the
    /// first date up to and including the second (the same day is 0; Friday to Monday is 1). Negative spans count 0.
    /// </summary>
    public static int Between(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, zone).DateTime);
        var count = 0;
        for (var d = first.AddDays(1); d <= last; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return count;
    }

    /// <summary>Gregorian Easter Sunday (anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
