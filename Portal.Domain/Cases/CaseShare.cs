namespace Portal.Domain.Cases;

/// <summary>A staff member other than visitator and contact person who may see the case.</summary>
public sealed class CaseShare
{
    private CaseShare() { }

    internal CaseShare(int staffMemberId, DateTimeOffset sharedAt)
    {
        StaffMemberId = staffMemberId;
        SharedAt = sharedAt;
    }

    public int CaseId { get; private set; }
    public int StaffMemberId { get; private set; }
    public DateTimeOffset SharedAt { get; private set; }
}
