using Portal.Domain.Cases;
using Portal.Domain.Dashboards;
using Portal.Domain.Inquiries;
using Portal.Domain.Referrals;
using Portal.Domain.Risk;

namespace Portal.Features.Dashboards;

/// <summary>Who and what one dashboard covers, resolved from the filter and the signed-in manager.</summary>
public sealed record DashboardScope(ReportPeriod Period, int? OrganisationId, string? Department, DateTimeOffset Now, int InboxLimitWorkingDays)
{
    public DateOnly Today => Portal.Domain.Calendar.DanishTime.Today(Now);

    public DashboardScope ForPrevious() => this with { Period = Period.Previous() };

    /// <summary>Only some cases count (a municipality or a department); the whole country counts every case.</summary>
    public bool NarrowsCases => OrganisationId is not null || Department is not null;
}

public sealed record VolumeCount(DateOnly Month, InquiryKind Kind, EntryChannel Channel, InquirySource Source, int Count);

public sealed record VolumeFigures(IReadOnlyList<VolumeCount> Counts)
{
    public int Total => Counts.Sum(c => c.Count);
    public int FromConcerns => Counts.Where(c => c.Source == InquirySource.Bekymring).Sum(c => c.Count);
}

public sealed record SpeedFigures(Distribution ToTaken, Distribution ToVisitation, Distribution ToFirstReferral, Distribution ToContactPerson,
    int OverLimitNow, int WithinLimit, int Taken);

public sealed record ReferralRecipientFigures(RecipientKind Recipient, int Sent, int AcknowledgedInTime, int Accepted, int Rejected, int OpenNow, int OverdueNow);

/// <param name="ClosedWithoutOutcome">Closed before an outcome was recorded on closing.</param>
public sealed record FollowThroughFigures(IReadOnlyList<ReferralRecipientFigures> Recipients, IReadOnlyDictionary<CaseOutcome, int> ClosedByOutcome, int ClosedWithoutOutcome)
{
    public int Sent => Recipients.Sum(r => r.Sent);
    public int AcknowledgedInTime => Recipients.Sum(r => r.AcknowledgedInTime);
    public int Closed => ClosedByOutcome.Values.Sum() + ClosedWithoutOutcome;
}

public sealed record RiskFigures(IReadOnlyDictionary<RiskLevel, int> OpenByLevel, int OpenUnassessed, int HighWithoutMeeting, int PlansPastReview, int ChildrenWithoutDecision)
{
    /// <summary>Open cases at <paramref name="level"/>; null: not yet assessed.</summary>
    public int Open(RiskLevel? level) => level is { } l ? OpenByLevel.GetValueOrDefault(l) : OpenUnassessed;
}

public sealed record StaffLoad(int StaffId, string Name, string Department, int OpenCases, int Capacity, int OverdueTasks)
{
    public string Band => CaseLoadBand.Of(OpenCases);
}

public sealed record RepeatFigures(int NewCases, int Repeats);

public sealed record DepartmentTraining(string Department, int Staff, int Trained, int TrainedInPeriod, int RefresherOverdue);

/// <summary>Every figure of the managers' dashboard for one period, and the figures of the period before to compare with.</summary>
public sealed record DashboardData(
    DashboardFilter Filter,
    string OrganisationName,
    VolumeFigures Volume, VolumeFigures PreviousVolume,
    SpeedFigures Speed, SpeedFigures PreviousSpeed,
    FollowThroughFigures FollowThrough, FollowThroughFigures PreviousFollowThrough,
    RiskFigures Risk,
    IReadOnlyList<StaffLoad> Load,
    RepeatFigures Repeat, RepeatFigures PreviousRepeat,
    IReadOnlyList<DepartmentTraining> Training);
