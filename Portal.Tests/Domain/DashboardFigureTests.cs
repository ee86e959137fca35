using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Dashboards;
using Portal.Domain.Referrals;
using Portal.Domain.Staff;

namespace Portal.Tests.Domain;

public class DashboardFigureTests
{
    private static DateTimeOffset Danish(int y, int m, int d, int h = 10)
    {
        var local = new DateTime(y, m, d, h, 0, 0);
        return new DateTimeOffset(local, DanishTime.Zone.GetUtcOffset(local));
    }

    [Theory]
    [InlineData(new[] { 3, 1, 2, 5, 4 }, 3.0, 5)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6 }, 3.5, 6)]
    [InlineData(new[] { 0, 0, 1, 1, 2, 2, 3, 5, 8, 20 }, 2.0, 8)]
    [InlineData(new[] { 4, 4, 4, 4, 4 }, 4.0, 4)]
    public void Median_and_90th_percentile_of_whole_days(int[] days, double median, int p90)
    {
        var d = Distribution.Of(days);
        Assert.Equal(days.Length, d.Count);
        Assert.Equal(median, d.Median);
        Assert.Equal(p90, d.P90);
    }

    [Fact]
    public void A_median_of_fewer_than_5_cases_is_not_shown()
    {
        var d = Distribution.Of([1, 2, 3, 4]);
        Assert.Equal(4, d.Count);
        Assert.Null(d.Median);
        Assert.Null(d.P90);
        Assert.Equal(3.0, Distribution.Of([1, 2, 3, 4, 5]).Median);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "<5")]
    [InlineData(4, "<5")]
    [InlineData(5, "5")]
    [InlineData(1234, "1.234")]
    public void Counts_of_1_to_4_citizens_show_as_under_5(int count, string shown) => Assert.Equal(shown, SmallNumbers.Count(count));

    [Theory]
    [InlineData(31, 100, "31,0 %")]
    [InlineData(0, 20, "0,0 %")]
    [InlineData(3, 30, "–")]
    [InlineData(2, 4, "–")]
    [InlineData(10, 30, "33,3 %")]
    public void A_share_is_hidden_when_its_count_or_its_whole_is_under_5(int part, int whole, string shown) =>
        Assert.Equal(shown, SmallNumbers.Percent(part, whole));

    [Fact]
    public void Working_days_between_skip_weekends_and_holidays()
    {
        Assert.Equal(0, WorkingDays.Between(Danish(2026, 3, 2, 8), Danish(2026, 3, 2, 16), DanishTime.Zone)); // same Monday
        Assert.Equal(1, WorkingDays.Between(Danish(2026, 2, 27), Danish(2026, 3, 2), DanishTime.Zone));       // Friday to Monday
        Assert.Equal(5, WorkingDays.Between(Danish(2026, 3, 2), Danish(2026, 3, 9), DanishTime.Zone));
        // Easter 2026: Maundy Thursday 2 April to the Tuesday after Easter Monday is one working day.
        Assert.Equal(1, WorkingDays.Between(Danish(2026, 4, 1), Danish(2026, 4, 7), DanishTime.Zone));
        Assert.Equal(0, WorkingDays.Between(Danish(2026, 3, 9), Danish(2026, 3, 2), DanishTime.Zone));
    }

    [Fact]
    public void Periods_know_their_dates_and_the_period_before()
    {
        var q = ReportPeriod.Containing(PeriodKind.Kvartal, new DateOnly(2026, 11, 24));
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), (q.From, q.To));
        Assert.Equal("4. kvartal 2026", q.Label);
        Assert.Equal("3. kvartal 2026", q.Previous().Label);
        Assert.Equal("januar 2026", ReportPeriod.Containing(PeriodKind.Maaned, new DateOnly(2026, 2, 1)).Previous().Label);
        Assert.Equal(new DateOnly(2025, 12, 31), ReportPeriod.Containing(PeriodKind.Aar, new DateOnly(2026, 5, 5)).Previous().To);
        var custom = ReportPeriod.Custom(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10));
        Assert.Equal((new DateOnly(2026, 2, 19), new DateOnly(2026, 2, 28)), (custom.Previous().From, custom.Previous().To));
        Assert.Equal(3, q.Months().Count);

        // Midnight in Danish time: 1 October 2026 starts at 22:00 UTC the day before (summer time).
        Assert.Equal(new DateTimeOffset(2026, 9, 30, 22, 0, 0, TimeSpan.Zero), q.Instants().Start);
        Assert.True(q.Contains(Danish(2026, 12, 31, 23)));
        Assert.False(q.Contains(Danish(2027, 1, 1, 0)));
    }

    [Fact]
    public void A_custom_period_must_make_sense()
    {
        var e = ReportPeriod.ValidateCustom(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 1));
        Assert.Equal("Slutdatoen skal ligge på eller efter startdatoen.", e["To"]);
        Assert.Equal("Vælg en startdato.", ReportPeriod.ValidateCustom(null, new DateOnly(2026, 3, 1))["From"]);
        Assert.Equal("En periode kan højst være 5 år.", ReportPeriod.ValidateCustom(new DateOnly(2020, 1, 1), new DateOnly(2026, 1, 2))["To"]);
    }

    [Theory]
    [InlineData(0, "0–10")]
    [InlineData(10, "0–10")]
    [InlineData(11, "11–20")]
    [InlineData(30, "21–30")]
    [InlineData(31, "Over 30")]
    public void Case_load_falls_in_bands(int open, string band) => Assert.Equal(band, CaseLoadBand.Of(open));

    [Theory]
    [InlineData("1990-06-15", "2026-06-14", "35–39")]
    [InlineData("1990-06-15", "2026-06-15", "35–39")]
    [InlineData("1991-06-16", "2026-06-15", "30–34")]
    [InlineData("1940-01-01", "2026-01-01", "80+")]
    [InlineData(null, "2026-01-01", "Ukendt")]
    public void Age_goes_in_5_year_bands(string? born, string on, string band) =>
        Assert.Equal(band, AgeBand.Of(born is null ? null : DateOnly.Parse(born), DateOnly.Parse(on)));

    [Theory]
    [InlineData("=HYPERLINK(\"https://x\",\"Klik\")", "\"'=HYPERLINK(\"\"https://x\"\",\"\"Klik\"\")\"")]
    [InlineData("+4512345678", "'+4512345678")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("Esbjerg; Vest", "\"Esbjerg; Vest\"")]
    [InlineData("Almindelig tekst", "Almindelig tekst")]
    public void Csv_cells_cannot_run_as_formulas(string value, string cell) => Assert.Equal(cell, SpreadsheetCell.Csv(value));

    [Fact]
    public void A_high_risk_case_misses_its_meeting_only_after_10_working_days_without_one()
    {
        var assessed = Danish(2026, 3, 2); // Monday
        Assert.False(RiskOversight.MeetingMissing(assessed, [], Danish(2026, 3, 13)));               // deadline not passed
        Assert.True(RiskOversight.MeetingMissing(assessed, [], Danish(2026, 3, 17)));
        Assert.False(RiskOversight.MeetingMissing(assessed, [Danish(2026, 3, 12)], Danish(2026, 3, 30)));
        Assert.True(RiskOversight.MeetingMissing(assessed, [Danish(2026, 2, 20)], Danish(2026, 3, 30))); // before the assessment
        Assert.True(RiskOversight.PlanPastReview(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2)));
        Assert.False(RiskOversight.PlanPastReview(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2)));
        Assert.False(RiskOversight.PlanPastReview(null, new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void A_case_keeps_its_milestones_the_first_time_they_happen()
    {
        var visitator = TestData.Staff(1, Role.Visitator);
        var c = TestData.NewCase(visitator: visitator);
        c.NoteInquiryReceived(TestData.Now.AddDays(-2));
        c.NoteInquiryReceived(TestData.Now.AddDays(-1));
        Assert.Equal(TestData.Now.AddDays(-2), c.FirstInquiryAt);
        c.CompleteVisitation(visitator, TestData.Now);
        c.AssignContactPerson(TestData.Staff(2, Role.Kontaktperson), visitator, TestData.Now.AddDays(1));
        c.AssignContactPerson(TestData.Staff(3, Role.Kontaktperson), visitator, TestData.Now.AddDays(5), "Overdraget ved ferie.");
        Assert.Equal(TestData.Now, c.VisitedAt);
        Assert.Equal(TestData.Now.AddDays(1), c.ContactPersonAssignedAt);
    }

    [Fact]
    public void A_referral_records_when_it_was_first_acknowledged()
    {
        var by = TestData.Staff(1, Role.Visitator);
        var referral = ReferralTestData.Sent();
        Assert.Null(referral.AcknowledgedAt);
        referral.MoveTo(ReferralStatus.Modtaget, by, referral.SentAt.AddDays(1));
        referral.MoveTo(ReferralStatus.Accepteret, by, referral.SentAt.AddDays(3));
        Assert.Equal(referral.SentAt.AddDays(1), referral.AcknowledgedAt);
        Assert.True(referral.AcknowledgedInTime);
    }
}
