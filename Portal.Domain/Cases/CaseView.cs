using Portal.Domain.Citizens;
using Portal.Domain.Risk;
using Portal.Domain.Staff;

namespace Portal.Domain.Cases;

/// <summary>
/// What one viewer may see of a case. Built on the server, so a protected address the viewer may
/// not see never reaches the page at all.
/// </summary>
public sealed record CaseView(
    int Id,
    string CaseNumber,
    CaseKind Kind,
    CaseStatus Status,
    EntryChannel EntryChannel,
    DateTimeOffset OpenedAt,
    bool IsAcute,
    RiskLevel? RiskLevel,
    string? RiskInstrument,
    string? VisitatorName,
    string? ContactPersonName,
    CitizenView Citizen,
    IReadOnlyList<TimelineEntry> Timeline,
    bool CanEditCitizen,
    CitizenDetails? EditableCitizen,
    Guid CitizenVersion,
    Guid CaseVersion,
    bool HasChildren,
    string? ChildrenDecisionText,
    bool CanManage,
    bool CanWork = false,
    bool ByEmergencyAccess = false,
    SharePart Part = SharePart.HeleSagen,
    ShareNotice? SharedWithViewer = null,
    int? RepeatOfCaseId = null,
    string? RepeatOfCaseNumber = null)
{
    /// <summary>The viewer sees only the crisis plan and the risk assessment: no timeline, notes, CPR or children.</summary>
    public bool IsPartial => Part != SharePart.HeleSagen;

    /// <param name="byEmergencyAccess">The viewer reads by emergency access: reading only, nothing to change.</param>
    public static CaseView For(Case c, StaffMember viewer, DateTimeOffset now, bool byEmergencyAccess = false)
    {
        var canEdit = MayEditCitizen(c, viewer, now);
        var canManage = CaseAccess.MayManage(c, viewer, now);
        var part = CaseAccess.PartFor(c, viewer, now) ?? SharePart.HeleSagen;
        var partial = part != SharePart.HeleSagen;
        var share = canManage ? null : c.ActiveShareFor(viewer, now);
        return new CaseView(
            c.Id, c.CaseNumber, c.Kind, c.Status, c.EntryChannel, c.OpenedAt, c.IsAcute, c.RiskLevel, c.RiskInstrument,
            c.Visitator?.Name, c.ContactPerson?.Name,
            CitizenView.For(c, viewer, now, partial),
            partial ? [] : TimelineEntry.For(c),
            canEdit,
            canEdit ? CitizenDetails.From(c.Citizen) : null,
            c.Citizen.Version,
            c.Version,
            !partial && c.Citizen.HasChildren,
            partial ? null : ChildrenDecisionTextFor(c),
            canManage,
            CaseAccess.Allows(c, viewer, CaseOperation.Change, now),
            byEmergencyAccess,
            part,
            share is null ? null : new ShareNotice(share.Part, share.Until, share.SharedByName, share.Reason),
            c.RepeatOfCaseId,
            c.RepeatOfCaseNumber);
    }

    private static string? ChildrenDecisionTextFor(Case c) => c.ChildrenDecision switch
    {
        ChildWelfareDecision.Underrettet => $"Underretning sendt {c.NotificationSentOn:dd-MM-yyyy} til {c.NotificationSentTo} ({c.ChildrenDecidedByName}).",
        ChildWelfareDecision.IkkeNoedvendig => $"Underretning ikke nødvendig: {c.ChildrenDecisionReason} ({c.ChildrenDecidedByName}).",
        _ => null,
    };

    /// <summary>Visitators and the contact person keep the details current, if they may see the address they edit.</summary>
    public static bool MayEditCitizen(Case c, StaffMember viewer, DateTimeOffset now) =>
        CaseAccess.MayManage(c, viewer, now) && CaseAccess.MaySeeAddress(c, viewer, now);
}

/// <summary>Shown to someone a case is shared with: what they see, until when, from whom and why.</summary>
public sealed record ShareNotice(SharePart Part, DateOnly Until, string SharedByName, string Reason);

public sealed record CitizenView(
    string Name,
    string? Cpr,
    string? Phone,
    string? Email,
    string? Address,
    bool AddressProtected,
    bool AddressHidden,
    SafeContact SafeContact,
    IReadOnlyList<Child> Children,
    bool NameProtected = false,
    bool Partial = false,
    DateOnly? ProtectedUntil = null)
{
    /// <summary>What to know before calling or writing, shown beside the phone number.</summary>
    public IReadOnlyList<string> ContactRules => SafeContactGuidance.Lines(SafeContact);

    /// <param name="partial">A crisis-plan-and-risk share: name, phone, e-mail and safe contact, no CPR or children.</param>
    public static CitizenView For(Case c, StaffMember viewer, DateTimeOffset now, bool partial = false)
    {
        var citizen = c.Citizen;
        var maySeeAddress = CaseAccess.MaySeeAddress(c, viewer, now);
        return new CitizenView(citizen.Name, partial ? null : citizen.Cpr, citizen.Phone, citizen.Email,
            maySeeAddress ? citizen.Address : CaseAccess.MaskedAddress,
            citizen.AddressProtected, !maySeeAddress, citizen.SafeContact, partial ? [] : citizen.Children, citizen.NameProtected, partial,
            citizen.ProtectedUntil);
    }
}

public sealed record TimelineEntry(DateTimeOffset At, string Title, string Text, string Actor, bool IsNote)
{
    /// <summary>Events and journal notes, newest first; at equal times the later recorded comes first.</summary>
    public static IReadOnlyList<TimelineEntry> For(Case c) =>
        c.Events.Select(e => new TimelineEntry(e.At, TitleFor(e.Kind), e.Text, e.ActorName, false))
            .Concat(c.Notes.Select(n => new TimelineEntry(n.WrittenAt, "Journalnotat", n.Text, n.AuthorName, true)))
            .Select((entry, index) => (entry, index))
            .OrderByDescending(x => x.entry.At)
            .ThenByDescending(x => x.index)
            .Select(x => x.entry)
            .ToList();

    private static string TitleFor(CaseEventKind kind) => kind switch
    {
        CaseEventKind.Opened => "Sag oprettet",
        CaseEventKind.StatusChanged => "Status ændret",
        CaseEventKind.VisitatorAssigned => "Visitator",
        CaseEventKind.ContactPersonAssigned => "Fast kontaktperson",
        CaseEventKind.SharedWith => "Delt",
        CaseEventKind.CitizenUpdated => "Borgeroplysninger",
        CaseEventKind.MarkedAcute => "Akut",
        CaseEventKind.KindChanged => "Sagstype",
        CaseEventKind.RiskAssessed => "Risikovurdering",
        CaseEventKind.Visitation => "Stalkingvisitation",
        CaseEventKind.ChildrenDecision => "Underretning",
        CaseEventKind.Meeting => "Samarbejdsmøde",
        CaseEventKind.ConflictDeclared => "Inhabilitet",
        CaseEventKind.ContactPersonWishesChanged => "Ønsker til kontaktperson",
        CaseEventKind.EmergencyAccess => "Nødadgang",
        CaseEventKind.ProtectionChanged => "Beskyttelse",
        CaseEventKind.ShareEnded => "Deling afsluttet",
        CaseEventKind.IntakeCheck => "Modtagelse",
        CaseEventKind.ConflictWithdrawn => "Inhabilitet trukket tilbage",
        _ => kind.ToString(),
    };
}
