using Portal.Domain.Calendar;

namespace Portal.Tests.Domain;

public class WorkingDaysTests
{
    private static readonly TimeZoneInfo Zone = DanishTime.Zone;

    private static DateTimeOffset Local(int y, int m, int d, int h) =>
        new(new DateTime(y, m, d, h, 0, 0), Zone.GetUtcOffset(new DateTime(y, m, d, h, 0, 0)));

    [Fact]
    public void Friday_plus_one_working_day_is_monday()
    {
        var deadline = WorkingDays.Add(Local(2026, 11, 20, 14), 1, Zone);
        Assert.Equal(Local(2026, 11, 23, 14), deadline);
    }

    [Fact]
    public void Saturday_plus_one_is_monday()
    {
        Assert.Equal(Local(2026, 11, 23, 10), WorkingDays.Add(Local(2026, 11, 21, 10), 1, Zone));
    }

    [Fact]
    public void Five_working_days_skip_the_weekend()
    {
        Assert.Equal(Local(2026, 12, 1, 9), WorkingDays.Add(Local(2026, 11, 24, 9), 5, Zone));
    }

    [Fact]
    public void Easter_and_christmas_are_not_working_days()
    {
        Assert.Equal(new DateOnly(2026, 4, 5), WorkingDays.EasterSunday(2026));
        Assert.Equal(new DateOnly(2025, 4, 20), WorkingDays.EasterSunday(2025));
        // Wednesday before Easter 2026 + 1 working day: Thursday (skærtorsdag), Friday (langfredag),
        // weekend and Monday (2. påskedag) are closed, so Tuesday.
        Assert.Equal(Local(2026, 4, 7, 12), WorkingDays.Add(Local(2026, 4, 1, 12), 1, Zone));
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2026, 12, 24)));
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2026, 5, 14))); // Kristi himmelfart 2026
        Assert.True(WorkingDays.IsWorkingDay(new DateOnly(2026, 5, 1)));   // store bededag is gone; 1 May is a Friday
    }

    [Fact]
    public void The_deadline_keeps_the_danish_clock_across_the_change_to_winter_time()
    {
        // Friday 23 Oct 2026 10:00 summer time → Monday 26 Oct 10:00 winter time.
        var deadline = WorkingDays.Add(Local(2026, 10, 23, 10), 1, Zone);
        Assert.Equal(Local(2026, 10, 26, 10), deadline);
        Assert.Equal(TimeSpan.FromHours(1), deadline.Offset);
    }
}
