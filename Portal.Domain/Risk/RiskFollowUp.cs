using Portal.Domain.Cases;
using Portal.Domain.Tasks;

namespace Portal.Domain.Risk;

/// <summary>What a finished risk assessment puts on the case owner's task list.</summary>
public static class RiskFollowUp
{
    public const string CallMeeting = "Indkald til samarbejdsmøde";
    public const string SendNotification = "Send underretning til Børn og Familie";

    /// <summary>The owner is the contact person, or the visitator while there is none.</summary>
    public static int? OwnerOf(Case c) => c.ContactPersonId ?? c.VisitatorId;

    /// <param name="notificationNowDue">This assessment answered that an underretning must be sent (and it was not already noted as due).</param>
    public static IReadOnlyList<CaseTask> TasksFor(Case c, RiskAssessment assessment, bool notificationNowDue, DateTimeOffset now,
        Func<DateTimeOffset, int, DateTimeOffset> addWorkingDays)
    {
        if (OwnerOf(c) is not { } owner) return [];
        var tasks = new List<CaseTask>();
        if (assessment.FinalLevel == RiskLevel.Hoej)
            tasks.Add(new CaseTask(c.Id, owner, CallMeeting, TaskSource.Moedeindkaldelse, now, addWorkingDays(now, 5)));
        if (notificationNowDue)
            tasks.Add(new CaseTask(c.Id, owner, SendNotification, TaskSource.Underretning, now, addWorkingDays(now, 1)));
        return tasks;
    }
}
