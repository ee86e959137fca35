using Portal.Domain.Calendar;
using Portal.Domain.Referrals;
using static Portal.Tests.Domain.ReferralTestData;

namespace Portal.Tests.Domain;

public class ReferralDeadlineTests
{
    private static DateTimeOffset Local(int y, int m, int d, int h, int min = 0)
    {
        var local = new DateTime(y, m, d, h, min, 0);
        return new DateTimeOffset(local, DanishTime.Zone.GetUtcOffset(local));
    }

    [Fact]
    public void Five_working_days_from_a_friday_skip_the_weekend()
    {
        var r = Sent(at: Local(2026, 11, 20, 14)); // Friday
        Assert.Equal(Local(2026, 11, 27, 14), r.DeadlineAt);
        Assert.Equal(5, r.DeadlineWorkingDays);
    }

    [Fact]
    public void The_deadline_is_stored_in_utc()
    {
        var r = Sent(at: Local(2026, 11, 20, 14));
        Assert.Equal(TimeSpan.Zero, r.DeadlineAt.Offset);
    }

    [Fact]
    public void Christmas_and_new_year_do_not_count()
    {
        // Wed 23 Dec: 24, 25 (holidays), weekend, 28, 29, 30, 31 (closed), 1 Jan, weekend, 4 and 5 Jan.
        var r = Sent(at: Local(2026, 12, 23, 10));
        Assert.Equal(Local(2027, 1, 5, 10), r.DeadlineAt);
    }

    [Fact]
    public void Easter_does_not_count()
    {
        // Wed 1 Apr 2026 + 2: skærtorsdag, langfredag, weekend and 2. påskedag are closed → Tue 7 and Wed 8 Apr.
        var r = Sent(at: Local(2026, 4, 1, 9), days: 2);
        Assert.Equal(Local(2026, 4, 8, 9), r.DeadlineAt);
    }

    [Fact]
    public void A_referral_sent_on_a_saturday_counts_from_monday()
    {
        var r = Sent(at: Local(2026, 11, 21, 11), days: 1);
        Assert.Equal(Local(2026, 11, 23, 11), r.DeadlineAt);
    }

    [Fact]
    public void Two_working_days_from_thursday_are_not_over_on_the_weekend()
    {
        var r = Sent(at: Local(2026, 11, 26, 9), days: 2); // Thursday → Monday 30 Nov
        Assert.False(r.IsOverdue(Local(2026, 11, 28, 12)));  // Saturday: two calendar days, no working days late
        Assert.False(r.IsOverdue(Local(2026, 11, 30, 9)));   // exactly at the deadline
        Assert.True(r.IsOverdue(Local(2026, 11, 30, 9, 1)));
    }

    [Fact]
    public void A_received_referral_is_never_overdue()
    {
        var r = Sent(at: Local(2026, 11, 2, 9));
        Assert.True(r.IsOverdue(Local(2026, 11, 20, 9)));
        r.MoveTo(ReferralStatus.Modtaget, Police, Local(2026, 11, 20, 10));
        Assert.False(r.IsOverdue(Local(2026, 11, 20, 11)));
    }

    [Theory]
    [InlineData(ReferralStatus.Accepteret)]
    [InlineData(ReferralStatus.Afvist)]
    [InlineData(ReferralStatus.Afsluttet)]
    public void Answered_referrals_are_not_overdue(ReferralStatus status) =>
        Assert.False(InStatus(status).IsOverdue(TestData.Now.AddYears(1)));

    [Fact]
    public void A_deadline_below_one_working_day_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sent(days: 0));
}
