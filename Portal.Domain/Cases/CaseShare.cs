using Portal.Domain.Calendar;
using Portal.Domain.Referrals;

namespace Portal.Domain.Cases;

/// <summary>Which parts of a case a share opens.</summary>
public enum SharePart
{
    HeleSagen,
    /// <summary>The crisis plan and the risk assessment, and the case header to find them by; not notes, timeline or CPR.</summary>
    KriseplanOgRisiko,
}

/// <summary>On what grounds a case is shared: the citizen's consent, or a legal basis (lovhjemmel).</summary>
public enum ShareBasis
{
    Samtykke,
    Lovhjemmel,
}

public enum ShareEnd
{
    /// <summary>Ended by the case's visitator or contact person.</summary>
    Afsluttet,
    /// <summary>Its end date passed.</summary>
    Udloebet,
    /// <summary>The person shared with declared a conflict of interest.</summary>
    Inhabilitet,
}

public static class SharePartNames
{
    public static string Danish(this SharePart part) => part switch
    {
        SharePart.HeleSagen => "Hele sagen",
        SharePart.KriseplanOgRisiko => "Kun kriseplan og risikovurdering",
        _ => part.ToString(),
    };

    /// <summary>
    /// Whether a share of <paramref name="part"/> opens the audited <paramref name="area"/> for <paramref name="operation"/>.
    /// A crisis-plan-and-risk share reads the case only for its header (the case view is cut down for it), works on the
    /// plan and the risk assessment, and closes its own tasks.
    /// </summary>
    public static bool Opens(this SharePart part, string area, CaseOperation operation) => part switch
    {
        SharePart.HeleSagen => true,
        SharePart.KriseplanOgRisiko => area switch
        {
            "crisisplan" or "risk" or "task" => true,
            "case" => operation == CaseOperation.Read,
            _ => false,
        },
        _ => false,
    };

    public static string Danish(this ShareBasis basis) => basis switch
    {
        ShareBasis.Samtykke => "Borgerens samtykke",
        ShareBasis.Lovhjemmel => "Lovhjemmel",
        _ => basis.ToString(),
    };
}

/// <summary>
/// A case shared with a named colleague or partner, for a reason, until a date, for a part of the case. It never
/// overrides a declared conflict of interest (<see cref="CaseAccess"/>), and it shows a protected address only when
/// the share records why the person needs it. Ending it, or its end date passing, closes it for good; a new share is
/// a new record, so the history stays.
/// </summary>
public sealed class CaseShare
{
    public const int ReasonMax = 500;
    public const int DefaultMonths = 3;
    public const int MaxMonths = 12;

    private CaseShare() { }

    internal CaseShare(Guid key, int staffMemberId, string staffName, CaseShareForm form, bool includesAddress, Staff.StaffMember by, DateTimeOffset now)
    {
        Key = key;
        StaffMemberId = staffMemberId;
        StaffName = staffName;
        SharedAt = now;
        SharedById = by.Id;
        SharedByName = by.Name;
        Reason = form.Reason!.Trim();
        Until = form.Until!.Value;
        Part = form.Part!.Value;
        Basis = form.Basis!.Value;
        ConsentMethod = Basis == ShareBasis.Samtykke ? form.ConsentMethod : null;
        LegalBasis = Basis == ShareBasis.Lovhjemmel ? form.LegalBasis!.Trim() : null;
        IncludesAddress = includesAddress;
        AddressReason = includesAddress ? form.AddressReason!.Trim() : null;
    }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    /// <summary>The request that made it: a second submit of the same form finds it; the task "Sag delt med dig" points to it.</summary>
    public Guid Key { get; private set; }
    public int StaffMemberId { get; private set; }
    public string StaffName { get; private set; } = "";
    public DateTimeOffset SharedAt { get; private set; }
    public int? SharedById { get; private set; }
    public string SharedByName { get; private set; } = "";
    public string Reason { get; private set; } = "";
    /// <summary>The last day the share is open (Danish date).</summary>
    public DateOnly Until { get; private set; }
    public SharePart Part { get; private set; }
    public ShareBasis Basis { get; private set; }
    public ConsentMethod? ConsentMethod { get; private set; }
    public string? LegalBasis { get; private set; }
    /// <summary>The person needs the protected address (e.g. a crisis centre arranging a move); the reason is recorded.</summary>
    public bool IncludesAddress { get; private set; }
    public string? AddressReason { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public string? EndedByName { get; private set; }
    public ShareEnd? EndedHow { get; private set; }

    /// <summary>Open now: not ended, and its last day not passed. An expired share counts as ended before anyone records it.</summary>
    public bool IsActive(DateTimeOffset now) => EndedAt is null && DanishTime.Today(now) <= Until;

    /// <summary>The end date has passed but nobody has recorded it yet.</summary>
    public bool HasLapsed(DateTimeOffset now) => EndedAt is null && DanishTime.Today(now) > Until;

    public string BasisText => Basis switch
    {
        ShareBasis.Samtykke => ConsentMethod is { } m ? $"Samtykke ({m.ToString().ToLowerInvariant()})" : "Samtykke",
        _ => $"Lovhjemmel: {LegalBasis}",
    };

    internal void End(ShareEnd how, string byName, DateTimeOffset now)
    {
        if (EndedAt is not null) return;
        EndedAt = now;
        EndedHow = how;
        EndedByName = byName;
    }
}
