using Portal.Domain.Citizens;
using Portal.Domain.ContactPersons;
using Portal.Domain.Risk;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Domain.Cases;

/// <summary>One citizen's course (sag). Every change goes through a method that enforces its rule and records an event.</summary>
public sealed class Case
{
    private readonly List<JournalNote> _notes = [];
    private readonly List<CaseEvent> _events = [];
    private readonly List<CaseShare> _shares = [];
    private readonly List<ConflictOfInterest> _conflicts = [];
    private readonly List<ContactPersonAssignment> _contactPersonHistory = [];

    private Case() { }

    public int Id { get; private set; }
    public string CaseNumber { get; private set; } = "";
    /// <summary>The municipality the case belongs to; its visitators work it.</summary>
    public int OrganisationId { get; private set; }
    public CaseKind Kind { get; private set; }
    public CaseStatus Status { get; private set; }
    public EntryChannel EntryChannel { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>How the course ended; set when the case is closed, cleared when it is reopened.</summary>
    public CaseOutcome? Outcome { get; private set; }
    /// <summary>Milestones the managers' figures measure, each kept the first time it happens.</summary>
    public DateTimeOffset? FirstInquiryAt { get; private set; }
    public DateTimeOffset? VisitedAt { get; private set; }
    public DateTimeOffset? ContactPersonAssignedAt { get; private set; }
    /// <summary>The citizen was in danger when the case came in.</summary>
    public bool IsAcute { get; private set; }
    /// <summary>The latest risk level and the instrument (id and version) it came from.</summary>
    public RiskLevel? RiskLevel { get; private set; }
    public string? RiskInstrument { get; private set; }
    public DateTimeOffset? RiskAssessedAt { get; private set; }
    /// <summary>The decision on notifying children's services (underretning); required before a course when there are children.</summary>
    public ChildWelfareDecision? ChildrenDecision { get; private set; }
    public DateOnly? NotificationSentOn { get; private set; }
    public string? NotificationSentTo { get; private set; }
    public string? ChildrenDecisionReason { get; private set; }
    public string? ChildrenDecidedByName { get; private set; }
    public DateTimeOffset? ChildrenDecidedAt { get; private set; }
    public int CitizenId { get; private set; }
    public Citizen Citizen { get; private set; } = null!;
    public int? VisitatorId { get; private set; }
    public StaffMember? Visitator { get; private set; }
    public int? ContactPersonId { get; private set; }
    public StaffMember? ContactPerson { get; private set; }
    public IReadOnlyList<JournalNote> Notes => _notes;
    public IReadOnlyList<CaseEvent> Events => _events;
    public IReadOnlyList<CaseShare> Shares => _shares;
    /// <summary>Staff who declared a conflict of interest: never candidates, and they cannot see the case.</summary>
    public IReadOnlyList<ConflictOfInterest> Conflicts => _conflicts;
    /// <summary>Every fixed contact person the case has had, oldest first.</summary>
    public IReadOnlyList<ContactPersonAssignment> ContactPersonHistory => _contactPersonHistory;
    public ContactPersonWishes ContactPersonWishes { get; private set; } = new();
    /// <summary>A repeat (gentagen henvendelse): the citizen's earlier case, closed less than 12 months before this one came in.</summary>
    public int? RepeatOfCaseId { get; private set; }
    public string? RepeatOfCaseNumber { get; private set; }
    public Guid Version { get; set; }

    public static Case Open(string caseNumber, Citizen citizen, CaseKind kind, EntryChannel channel,
        StaffMember? receivedBy, DateTimeOffset now)
    {
        var @case = new Case
        {
            CaseNumber = caseNumber,
            Citizen = citizen,
            Kind = kind,
            EntryChannel = channel,
            Status = CaseStatus.Modtaget,
            OpenedAt = now,
            OrganisationId = receivedBy?.OrganisationId ?? Organisations.Organisation.FirstId,
        };
        @case.Record(CaseEventKind.Opened, $"Sagen blev oprettet ({channel.Danish()}).", receivedBy, now);
        return @case;
    }

    public void MoveTo(CaseStatus to, StaffMember by, DateTimeOffset now, CaseOutcome? outcome = null)
    {
        if (to == Status) return;
        if (to == CaseStatus.Afsluttet && outcome is null)
            throw new DomainRuleException(CloseNeedsOutcome);
        if (!CaseStatusRules.CanMove(Status, to))
            throw new DomainRuleException($"En sag kan ikke gå fra {Status.Danish()} til {to.Danish()}.");
        if (to == CaseStatus.IForloeb && ContactPersonId is null && ContactPerson is null)
            throw new DomainRuleException("Sagen skal have en fast kontaktperson, før den kan sættes i forløb.");
        if (to == CaseStatus.IForloeb && AwaitsChildrenDecision)
            throw new DomainRuleException("Der er børn i husstanden: tag stilling til underretning, før sagen kan sættes i forløb.");
        var from = Status;
        Status = to;
        ClosedAt = to == CaseStatus.Afsluttet ? now : null;
        Outcome = to == CaseStatus.Afsluttet ? outcome : null;
        var how = Outcome is { } o ? $" Udfald: {o.Danish()}." : "";
        Record(CaseEventKind.StatusChanged, $"Status ændret fra {from.Danish()} til {to.Danish()}.{how}", by, now, toStatus: to);
    }

    public const string CloseNeedsOutcome = "Vælg, hvordan forløbet sluttede, før sagen afsluttes.";

    /// <summary>An inquiry was taken onto the case; the earliest one is when the citizen first reached the portal.</summary>
    public void NoteInquiryReceived(DateTimeOffset receivedAt)
    {
        if (FirstInquiryAt is null || receivedAt < FirstInquiryAt) FirstInquiryAt = receivedAt;
    }

    public void AssignVisitator(StaffMember visitator, StaffMember by, DateTimeOffset now)
    {
        if (visitator.Role != Role.Visitator)
            throw new DomainRuleException($"{visitator.Name} er ikke stalkingvisitator.");
        if (VisitatorId == visitator.Id && Visitator is not null) return;
        Visitator = visitator;
        VisitatorId = visitator.Id;
        Record(CaseEventKind.VisitatorAssigned, $"{visitator.Name} er visitator på sagen.", by, now);
    }

    /// <summary>
    /// Makes <paramref name="staff"/> the fixed contact person. Replacing someone needs a handover note,
    /// which goes into the history and onto the timeline. Assigning the current person again changes nothing.
    /// </summary>
    public void AssignContactPerson(StaffMember staff, StaffMember by, DateTimeOffset now, string? handoverNote = null)
    {
        if (!staff.Role.May(Capability.BeContactPerson))
            throw new DomainRuleException($"{staff.Name} kan ikke være fast kontaktperson ({staff.Role.Danish()}).");
        if (!staff.IsActive)
            throw new DomainRuleException($"{staff.Name} er ikke længere aktiv i Portal.");
        if (HasConflict(staff))
            throw new DomainRuleException($"{staff.Name} har erklæret inhabilitet i sagen og kan ikke være fast kontaktperson.");
        if (IsContactPerson(staff)) return;

        var isReassignment = ContactPersonId is not null || ContactPerson is not null;
        ContactPersonAssignment.ValidateHandover(handoverNote, isReassignment).ThrowIfInvalid();
        var note = TextRules.Clean(handoverNote);
        var previous = ContactPerson?.Name ?? _contactPersonHistory.LastOrDefault(a => a.To is null)?.StaffName;

        foreach (var open in _contactPersonHistory.Where(a => a.To is null)) open.End(now);
        _contactPersonHistory.Add(new ContactPersonAssignment(staff.Id, staff.Name, now, by.Id, by.Name, note));
        ContactPerson = staff;
        ContactPersonId = staff.Id;
        ContactPersonAssignedAt ??= now;

        var text = !isReassignment
            ? $"{staff.Name} er fast kontaktperson."
            : $"Fast kontaktperson skiftet fra {previous ?? "den tidligere kontaktperson"} til {staff.Name}.";
        if (note is not null) text += $" Overdragelsesnote: {note}";
        Record(CaseEventKind.ContactPersonAssigned, text, by, now);
    }

    public bool IsContactPerson(StaffMember staff) =>
        ReferenceEquals(ContactPerson, staff) || (staff.Id != 0 && ContactPersonId == staff.Id);

    public bool HasConflict(StaffMember staff) => _conflicts.Any(c => c.StaffMemberId == staff.Id && c.IsActive);

    /// <summary>The declaration in force for <paramref name="staff"/>, if any.</summary>
    public ConflictOfInterest? ActiveConflictOf(StaffMember staff) => _conflicts.FirstOrDefault(c => c.StaffMemberId == staff.Id && c.IsActive);

    /// <summary>
    /// Records that <paramref name="staff"/> is inhabil on this case. Staff declare it for themselves; a
    /// visitator may register it for a colleague (who cannot see the case to do it). Declaring twice changes nothing;
    /// declaring again after a withdrawal is a new declaration.
    /// </summary>
    public ConflictOfInterest DeclareConflict(StaffMember staff, ConflictReason reason, string? note, StaffMember by, DateTimeOffset now)
    {
        if (ActiveConflictOf(staff) is { } existing) return existing;
        if (by.Id != staff.Id && !by.Role.May(Capability.AssignContactPerson))
            throw new DomainRuleException("Kun en stalkingvisitator kan registrere inhabilitet for en kollega.");
        new ConflictDeclaration { StaffId = staff.Id, Reason = reason, Note = note }.Validate().ThrowIfInvalid();

        var conflict = new ConflictOfInterest(staff.Id, staff.Name, reason, TextRules.Clean(note), by.Id, by.Name, now);
        _conflicts.Add(conflict);
        // The reason stays in the conflict record; the timeline only says that it was declared.
        var text = $"Inhabilitet registreret for {staff.Name}, som ikke længere kan se eller arbejde på sagen.";
        if (IsContactPerson(staff)) text += " Sagen skal have en ny fast kontaktperson.";
        foreach (var share in _shares.Where(s => s.StaffMemberId == staff.Id && s.EndedAt is null))
        {
            share.End(ShareEnd.Inhabilitet, by.Name, now);
            text += " Delingen med dem er afsluttet.";
        }
        Record(CaseEventKind.ConflictDeclared, text, by, now);
        return conflict;
    }

    /// <summary>
    /// Withdraws a declared conflict of interest, keeping the declaration with who withdrew it, when and why. The staff
    /// member may withdraw their own (they cannot see the case, so this is their one act on it); the case's visitator
    /// may withdraw anyone's. Withdrawing one already withdrawn changes nothing.
    /// </summary>
    public ConflictOfInterest WithdrawConflict(int conflictId, string? reason, StaffMember by, DateTimeOffset now)
    {
        var conflict = _conflicts.FirstOrDefault(c => c.Id == conflictId) ?? throw new DomainRuleException("Inhabiliteten findes ikke på sagen.");
        if (!conflict.IsActive) return conflict;
        if (!MayWithdrawConflict(conflict, by))
            throw new DomainRuleException("Kun medarbejderen selv eller sagens stalkingvisitator kan trække inhabiliteten tilbage.");
        ConflictOfInterest.ValidateWithdrawal(reason).ThrowIfInvalid();
        var text = TextRules.Clean(reason)!;
        conflict.Withdraw(text, by.Id, by.Name, now);
        // As with the declaration, the reason stays in the conflict record; the timeline says what happened.
        Record(CaseEventKind.ConflictWithdrawn, by.Id == conflict.StaffMemberId
            ? $"{conflict.StaffName} har trukket sin inhabilitet i sagen tilbage."
            : $"Inhabiliteten for {conflict.StaffName} er trukket tilbage af {by.Name}.", by, now);
        return conflict;
    }

    /// <summary>The staff member themselves, or the case's own visitator (if not conflicted themselves).</summary>
    public bool MayWithdrawConflict(ConflictOfInterest conflict, StaffMember by) =>
        by.Id != 0 && by.IsActive
        && (by.Id == conflict.StaffMemberId || (by.Role == Role.Visitator && VisitatorId == by.Id && !HasConflict(by)));

    /// <summary>Sets the citizen's needs and wishes for a contact person; throws on invalid input.</summary>
    public void SetContactPersonWishes(ContactPersonWishes wishes, StaffMember by, DateTimeOffset now)
    {
        wishes.Validate().ThrowIfInvalid();
        var normalized = wishes.Normalized();
        if (normalized == ContactPersonWishes) return;
        ContactPersonWishes = normalized;
        Record(CaseEventKind.ContactPersonWishesChanged, normalized.Describe(), by, now);
    }

    /// <summary>
    /// Records what intake found: the earlier cases the visitator was shown as possibly the same citizen and chose not
    /// to link to, and — when the citizen's last case closed under 12 months ago — that this case is a repeat of it.
    /// </summary>
    public void RecordIntakeCheck(IReadOnlyList<string> candidatesSeen, Case? repeatOf, StaffMember by, DateTimeOffset now)
    {
        if (repeatOf is not null)
        {
            RepeatOfCaseId = repeatOf.Id;
            RepeatOfCaseNumber = repeatOf.CaseNumber;
            var risk = repeatOf.RiskLevel is { } level ? $", risiko {level.Danish().ToLowerInvariant()}" : "";
            Record(CaseEventKind.IntakeCheck,
                $"Gentagen henvendelse: borgerens sag {repeatOf.CaseNumber} blev lukket {repeatOf.ClosedAt:dd-MM-yyyy}{risk}.", by, now);
        }
        if (candidatesSeen.Count > 0)
            Record(CaseEventKind.IntakeCheck,
                $"Mulig samme borger på {string.Join(", ", candidatesSeen)}. {by.Name} oprettede bevidst en ny sag.", by, now);
    }

    /// <summary>The share that opens the case to <paramref name="staff"/> now, if any.</summary>
    public CaseShare? ActiveShareFor(StaffMember staff, DateTimeOffset now) =>
        staff.Id == 0 ? null : _shares.FirstOrDefault(s => s.StaffMemberId == staff.Id && s.IsActive(now));

    /// <summary>
    /// Shares the case with a named case-working colleague or partner. Police get referrals, not shares; a conflict of
    /// interest is never overridden; the case's own visitator and contact person already see it. Only they may share it.
    /// </summary>
    public CaseShare ShareWith(StaffMember staff, CaseShareForm form, StaffMember by, DateOnly today, DateTimeOffset now, Guid key)
    {
        if (_shares.FirstOrDefault(s => s.Key == key) is { } repeated) return repeated;
        if (by.Id == 0 || (VisitatorId != by.Id && ContactPersonId != by.Id))
            throw new DomainRuleException("Kun sagens visitator eller faste kontaktperson kan dele sagen.");
        form.Validate(today).ThrowIfInvalid();
        if (staff.Role == Role.Politi)
            throw new DomainRuleException("Politiet får oplysninger gennem en henvisning, ikke ved at sagen deles.");
        if (!staff.May(Capability.ReceiveCaseShare))
            throw new DomainRuleException($"Sagen kan ikke deles med {staff.Name} ({staff.Role.Danish()}).");
        if (HasConflict(staff))
            throw new DomainRuleException($"{staff.Name} har erklæret inhabilitet i sagen, og sagen kan ikke deles med dem.");
        if (VisitatorId == staff.Id || ContactPersonId == staff.Id)
            throw new DomainRuleException($"{staff.Name} har allerede adgang som sagens visitator eller faste kontaktperson.");
        if (ActiveShareFor(staff, now) is { } active)
            throw new DomainRuleException($"Sagen er allerede delt med {staff.Name} til og med {active.Until:dd-MM-yyyy}. Afslut den deling først, hvis den skal ændres.");
        var share = new CaseShare(key, staff.Id, staff.Name, form, form.IncludeAddress && Citizen.AddressProtected, by, now);
        _shares.Add(share);
        var text = $"Sagen er delt med {staff.Name} ({staff.Role.Danish()}, {staff.Department}) til og med {share.Until:dd-MM-yyyy}: "
                   + $"{share.Part.Danish().ToLowerInvariant()}. Grundlag: {share.BasisText}. Begrundelse: {share.Reason}";
        if (share.IncludesAddress) text += " Den beskyttede adresse vises for modtageren.";
        Record(CaseEventKind.SharedWith, text.Length <= CaseEvent.TextMax ? text : text[..(CaseEvent.TextMax - 1)] + "…", by, now);
        return share;
    }

    /// <summary>Ends a share at once. Ending one already ended changes nothing.</summary>
    public CaseShare EndShare(int shareId, StaffMember by, DateTimeOffset now)
    {
        var share = _shares.FirstOrDefault(s => s.Id == shareId) ?? throw new DomainRuleException("Delingen findes ikke på sagen.");
        if (share.EndedAt is not null) return share;
        if (by.Id == 0 || (VisitatorId != by.Id && ContactPersonId != by.Id))
            throw new DomainRuleException("Kun sagens visitator eller faste kontaktperson kan afslutte en deling.");
        share.End(ShareEnd.Afsluttet, by.Name, now);
        Record(CaseEventKind.ShareEnded, $"Delingen med {share.StaffName} er afsluttet.", by, now);
        return share;
    }

    /// <summary>Records the end of every share whose last day has passed; they stopped opening the case the day after it.</summary>
    public IReadOnlyList<CaseShare> ExpireShares(DateTimeOffset now)
    {
        var lapsed = _shares.Where(s => s.HasLapsed(now)).ToList();
        foreach (var share in lapsed)
        {
            share.End(ShareEnd.Udloebet, PortalActor, now);
            Record(CaseEventKind.ShareEnded, $"Delingen med {share.StaffName} udløb efter {share.Until:dd-MM-yyyy}.", null, now);
        }
        return lapsed;
    }

    /// <summary>The name the portal itself acts under, e.g. when a share expires.</summary>
    public const string PortalActor = "Portal (automatisk)";

    public JournalNote AddJournalNote(string? text, StaffMember author, DateTimeOffset now, Guid? requestId = null, JournalNoteKind kind = JournalNoteKind.Note)
    {
        JournalNote.Validate(text).ThrowIfInvalid();
        var id = requestId ?? Guid.NewGuid();
        if (_notes.FirstOrDefault(n => n.RequestId == id) is { } existing) return existing;
        var note = new JournalNote(id, text!.Trim(), author.Id, author.Name, now, kind);
        _notes.Add(note);
        return note;
    }

    public void UpdateCitizen(CitizenDetails details, StaffMember by, DateTimeOffset now)
    {
        Citizen.Update(details);
        // The event text never carries the address: the timeline is shown to people who may not see it.
        Record(CaseEventKind.CitizenUpdated, "Borgerens oplysninger er opdateret.", by, now);
    }

    public const int MaxProtectionReasonLength = 500;

    /// <summary>
    /// Turns name or address protection on or off. Its own act with a reason, never part of an edit of the details,
    /// so switching a protection off cannot happen silently.
    /// </summary>
    /// <param name="until">When the protection lapses in the CPR register; a year from today when it is turned on without one.</param>
    public void ChangeProtection(bool addressProtected, bool nameProtected, string? reason, StaffMember by, DateTimeOffset now, DateOnly? until = null)
    {
        var today = Calendar.DanishTime.Today(now);
        var errors = new FieldErrors();
        TextRules.Required(errors, "Reason", reason, "Begrundelsen", MaxProtectionReasonLength);
        if (until is not null && ProtectionLapse.WhyNot(until, today) is { } wrong) errors.Add("Until", wrong);
        errors.ThrowIfInvalid();
        if (addressProtected == Citizen.AddressProtected && nameProtected == Citizen.NameProtected) return;
        var parts = new List<string>();
        if (addressProtected != Citizen.AddressProtected) parts.Add(addressProtected ? "Adressebeskyttelse slået til" : "Adressebeskyttelse slået fra");
        if (nameProtected != Citizen.NameProtected) parts.Add(nameProtected ? "Navnebeskyttelse slået til" : "Navnebeskyttelse slået fra");
        Citizen.SetProtection(addressProtected, nameProtected, today, until);
        if (Citizen.ProtectedUntil is { } lapses) parts.Add($"Udløber i CPR-registret {lapses:dd-MM-yyyy}");
        Record(CaseEventKind.ProtectionChanged, $"{string.Join(". ", parts)}. Begrundelse: {reason!.Trim()}", by, now);
    }

    /// <summary>Records that the protection was renewed in the CPR register until <paramref name="until"/>.</summary>
    public void RenewProtection(DateOnly? until, string? reason, StaffMember by, DateTimeOffset now)
    {
        var today = Calendar.DanishTime.Today(now);
        if (!(Citizen.AddressProtected || Citizen.NameProtected))
            throw new DomainRuleException("Borgeren har ingen navne- eller adressebeskyttelse at forny.");
        var errors = new FieldErrors();
        TextRules.Required(errors, "Reason", reason, "Begrundelsen", MaxProtectionReasonLength);
        if (ProtectionLapse.WhyNot(until, today) is { } wrong) errors.Add("Until", wrong);
        errors.ThrowIfInvalid();
        Citizen.RenewProtection(until!.Value);
        Record(CaseEventKind.ProtectionChanged, $"Beskyttelsen er fornyet i CPR-registret til og med {until:dd-MM-yyyy}. Begrundelse: {reason!.Trim()}", by, now);
    }

    internal void RecordEmergencyAccess(StaffMember staff, DateTimeOffset now, DateTimeOffset until) =>
        Record(CaseEventKind.EmergencyAccess,
            $"{staff.Name} ({staff.Role.Danish()}) fik nødadgang til at læse sagen indtil {Calendar.DanishTime.Format(until)}.", staff, now);

    /// <summary>There are children in the household and nobody has decided on an underretning yet.</summary>
    public bool AwaitsChildrenDecision => Citizen.HasChildren && ChildrenDecision is not (ChildWelfareDecision.Underrettet or ChildWelfareDecision.IkkeNoedvendig);

    /// <summary>The underretning is settled: sent, or not needed. "Skal sendes" still awaits the decision.</summary>
    public bool HasChildrenDecision => ChildrenDecision is ChildWelfareDecision.Underrettet or ChildWelfareDecision.IkkeNoedvendig;

    /// <summary>
    /// The one record of the underretning, answered on the case page or with a risk assessment. Only the case's
    /// visitator or contact person decides. Sent (date, to whom) or not needed (reason) settles it; "skal sendes"
    /// (from a risk assessment, <paramref name="pendingAllowed"/>) notes that it is due and leaves it open.
    /// </summary>
    public void DecideOnNotification(ChildrenDecisionForm form, StaffMember by, DateOnly today, DateTimeOffset now, bool pendingAllowed = false)
    {
        if (by.Id == 0 || (VisitatorId != by.Id && ContactPersonId != by.Id))
            throw new DomainRuleException("Kun sagens visitator eller faste kontaktperson kan tage stilling til underretning.");
        form.Validate(today, pendingAllowed).ThrowIfInvalid();
        if (form.Decision == ChildWelfareDecision.SkalUnderrettes)
        {
            if (ChildrenDecision == ChildWelfareDecision.SkalUnderrettes) return;
            ChildrenDecision = ChildWelfareDecision.SkalUnderrettes;
            ChildrenDecisionReason = TextRules.Clean(form.Reason);
            ChildrenDecidedByName = by.Name;
            ChildrenDecidedAt = now;
            Record(CaseEventKind.ChildrenDecision, "Underretning skal sendes til Børn og Familie."
                + (ChildrenDecisionReason is { } note ? " Bemærkning: " + note : ""), by, now);
            return;
        }
        ChildrenDecision = form.Decision;
        NotificationSentOn = form.Decision == ChildWelfareDecision.Underrettet ? form.SentOn : null;
        NotificationSentTo = form.Decision == ChildWelfareDecision.Underrettet ? form.SentTo!.Trim() : null;
        ChildrenDecisionReason = TextRules.Clean(form.Reason);
        ChildrenDecidedByName = by.Name;
        ChildrenDecidedAt = now;
        Record(CaseEventKind.ChildrenDecision, form.Decision == ChildWelfareDecision.Underrettet
            ? $"Underretning sendt {NotificationSentOn:dd-MM-yyyy} til {NotificationSentTo}."
            : "Underretning er ikke nødvendig: " + ChildrenDecisionReason, by, now);
    }

    public void RecordMeeting(DateOnly date, int actions, StaffMember by, DateTimeOffset now) =>
        Record(CaseEventKind.Meeting, $"Samarbejdsmøde {date:dd-MM-yyyy} med {actions} aftalte handlinger.", by, now);

    public void MarkAcute(StaffMember by, DateTimeOffset now)
    {
        if (IsAcute) return;
        IsAcute = true;
        Record(CaseEventKind.MarkedAcute, "Borgeren var i fare, da henvendelsen kom. Sagen er markeret akut.", by, now);
    }

    public void ChangeKind(CaseKind kind, StaffMember by, DateTimeOffset now)
    {
        if (kind == Kind) return;
        var from = Kind;
        Kind = kind;
        Record(CaseEventKind.KindChanged, $"Sagstype ændret fra {from.Danish()} til {kind.Danish()}.", by, now);
    }

    public void RecordRiskAssessment(RiskAssessment assessment, Instrument instrument, StaffMember by, DateTimeOffset now)
    {
        RiskLevel = assessment.FinalLevel;
        RiskInstrument = instrument.Key;
        RiskAssessedAt = assessment.AssessedAt;
        var raised = assessment.FinalLevel > assessment.ComputedLevel
            ? $" Hævet fra {assessment.ComputedLevel.Danish()} efter faglig vurdering."
            : "";
        Record(CaseEventKind.RiskAssessed,
            $"{instrument.Title}: risikoniveau {assessment.FinalLevel.Danish()} (score {assessment.Score}).{raised}", by, now);
    }

    /// <summary>Records the finished visitation and moves a received case on to Visiteret.</summary>
    public void CompleteVisitation(StaffMember visitator, DateTimeOffset now)
    {
        if (VisitatorId is null) AssignVisitator(visitator, visitator, now);
        Record(CaseEventKind.Visitation, $"Stalkingvisitationen er gennemført af {visitator.Name}.", visitator, now);
        VisitedAt ??= now;
        if (Status == CaseStatus.Modtaget) MoveTo(CaseStatus.Visiteret, visitator, now);
    }

    private void Record(CaseEventKind kind, string text, StaffMember? by, DateTimeOffset now, CaseStatus? toStatus = null) =>
        _events.Add(new CaseEvent(kind, text, by?.Id, by?.Name ?? "Portal", now, toStatus));
}
