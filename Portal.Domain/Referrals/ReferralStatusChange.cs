namespace Portal.Domain.Referrals;

/// <summary>One step of a referral's course: what it became, when, and who recorded it.</summary>
public sealed class ReferralStatusChange
{
    public const int NoteMax = 500;

    private ReferralStatusChange() { }

    internal ReferralStatusChange(ReferralStatus? from, ReferralStatus to, DateTimeOffset at, int byId, string byName, string? note)
    {
        From = from;
        To = to;
        At = at;
        ById = byId;
        ByName = byName;
        Note = note;
    }

    public int Id { get; private set; }
    public int ReferralId { get; private set; }
    public ReferralStatus? From { get; private set; }
    public ReferralStatus To { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int ById { get; private set; }
    public string ByName { get; private set; } = "";
    public string? Note { get; private set; }
}
