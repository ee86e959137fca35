namespace Portal.Domain.Staff;

/// <summary>
/// One sign-in, recorded on the server. The cookie carries only its id: signing out, a deactivation, a changed role,
/// 30 minutes without activity or 10 hours in all end it, and an ended session lets nothing through, not even a
/// replayed cookie.
/// </summary>
public sealed class StaffSession
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(10);
    /// <summary>Activity is written at most this often, so a busy circuit does not write on every click.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    private StaffSession() { }

    public StaffSession(StaffMember staff, DateTimeOffset now)
    {
        Id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        StaffMemberId = staff.Id;
        Role = staff.Role;
        CreatedAt = now;
        LastSeenAt = now;
    }

    public string Id { get; private set; } = "";
    public int StaffMemberId { get; private set; }
    /// <summary>The role signed in with: another role on the staff record ends the session.</summary>
    public Role Role { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastSeenAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public string? EndReason { get; private set; }
    /// <summary>The user turned full citizen names on in lists for this sign-in; the next sign-in starts with initials again.</summary>
    public bool ShowNamesInLists { get; set; }

    public bool IsEnded => EndedAt is not null;

    /// <summary>Why the session must end now, or null while it may go on.</summary>
    public string? ReasonToEnd(StaffMember? staff, DateTimeOffset now) =>
        staff is null || !staff.IsActive ? "Medarbejderen er deaktiveret."
        : staff.Role != Role ? "Medarbejderen har fået en anden rolle."
        : now - LastSeenAt > IdleTimeout ? "Logget ud efter 30 minutter uden aktivitet."
        : now - CreatedAt > AbsoluteTimeout ? "Logget ud efter 10 timer."
        : null;

    /// <summary>Records activity; false when nothing needed writing (it was written less than a minute ago).</summary>
    public bool Touch(DateTimeOffset now)
    {
        if (IsEnded || now - LastSeenAt < TouchInterval) return false;
        LastSeenAt = now;
        return true;
    }

    public void End(string reason, DateTimeOffset now)
    {
        if (IsEnded) return;
        EndedAt = now;
        EndReason = reason;
    }
}
