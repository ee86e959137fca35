using Portal.Domain.Calendar;

namespace Portal.Domain.Dashboards;

/// <summary>The risk rules the managers' dashboard checks.</summary>
public static class RiskOversight
{
    /// <summary>A high-risk case should have a cooperation meeting within this many working days of the assessment.</summary>
    public const int MeetingWithinWorkingDays = 10;

    /// <summary>
    /// The meeting is missing: the deadline after the high assessment has passed and no meeting was held from the
    /// assessment until the deadline. Before the deadline the case is not counted; it may still get its meeting.
    /// </summary>
    public static bool MeetingMissing(DateTimeOffset assessedHighAt, IEnumerable<DateTimeOffset> meetingsHeld, DateTimeOffset now)
    {
        var deadline = WorkingDays.Add(assessedHighAt, MeetingWithinWorkingDays, DanishTime.Zone);
        return now > deadline && !meetingsHeld.Any(m => m >= assessedHighAt && m <= deadline);
    }

    /// <summary>The latest plan's review date lies before today.</summary>
    public static bool PlanPastReview(DateOnly? nextReview, DateOnly today) => nextReview is { } review && review < today;
}
