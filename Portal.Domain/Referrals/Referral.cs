using Portal.Domain.Calendar;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Domain.Referrals;

/// <summary>
/// A referral (henvisning) of the citizen to a recipient, followed until someone has taken over:
/// Sendt → Modtaget → Accepteret / Afvist → Afsluttet, each step recorded with date and who.
/// A referral exists only once it is sent; it cannot be sent without a consent or a legal basis.
/// </summary>
public sealed class Referral
{
    private readonly List<ReferralStatusChange> _changes = [];

    private Referral() { }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    /// <summary>The case's municipality, kept on the referral so the managers' figures find a municipality's referrals by index.</summary>
    public int OrganisationId { get; private set; }
    public Guid RequestId { get; private set; }
    public RecipientKind Recipient { get; private set; }
    public string? RecipientName { get; private set; }
    public string Purpose { get; private set; } = "";
    public ReferralUrgency Urgency { get; private set; }
    public string ItemsText { get; private set; } = "";
    public string? FreeText { get; private set; }
    /// <summary>The consent the sharing rests on, or null when it rests on <see cref="LegalBasis"/>.</summary>
    public int? ConsentId { get; private set; }
    public string? LegalBasis { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public int SentById { get; private set; }
    public string SentByName { get; private set; } = "";
    public int DeadlineWorkingDays { get; private set; }
    /// <summary>When the recipient must have acknowledged receipt (UTC).</summary>
    public DateTimeOffset DeadlineAt { get; private set; }
    public ReferralStatus Status { get; private set; }
    /// <summary>When the recipient first acknowledged it (left Sendt); the managers' figures compare it with the deadline.</summary>
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    /// <summary>For a police referral: the police district it went to (the district of the case's municipality).</summary>
    public int? RecipientOrganisationId { get; private set; }
    /// <summary>What was shared, as it was when sent (JSON of <see cref="SharedSection"/>); later edits of the case do not change it.</summary>
    public string? SharedAsSentJson { get; private set; }
    public IReadOnlyList<ReferralStatusChange> Changes => _changes;
    public Guid Version { get; set; }

    public IReadOnlyList<SharedItem> Items => SharedItems.Parse<SharedItem>(ItemsText);

    public string RecipientText => string.IsNullOrWhiteSpace(RecipientName) ? Recipient.Danish() : $"{Recipient.Danish()} – {RecipientName}";

    /// <summary>Not yet acknowledged (still Sendt) after the deadline.</summary>
    public bool IsOverdue(DateTimeOffset now) => Status == ReferralStatus.Sendt && now > DeadlineAt;

    /// <summary>Acknowledged by the deadline.</summary>
    public bool AcknowledgedInTime => AcknowledgedAt is { } at && at <= DeadlineAt;

    public static bool MaySend(StaffMember staff) => staff.May(Capability.SendReferral);

    /// <summary>Everything that stands in the way of sending: field errors, and under "Basis" why sharing is not allowed.</summary>
    public static (FieldErrors Errors, SharingDecision? Decision) Check(ReferralForm form, IEnumerable<Consent> consents, DateOnly today)
    {
        var errors = form.Validate();
        if (form.Recipient is not { } recipient || form.Items.Count == 0) return (errors, null);
        var decision = SharingRule.Check(recipient, form.Items, consents, form.ChosenLegalBasis, today);
        if (!decision.Allowed && !form.UseLegalBasis) errors.Add("Basis", decision.Message);
        return (errors, decision);
    }

    /// <summary>Sends the referral. The deadline is <paramref name="deadlineWorkingDays"/> Danish working days after sending.</summary>
    public static Referral Send(int caseId, ReferralForm form, IEnumerable<Consent> consents, StaffMember by, DateTimeOffset now,
        int deadlineWorkingDays, Guid requestId, int? recipientOrganisationId = null, int organisationId = Organisations.Organisation.FirstId)
    {
        if (!MaySend(by)) throw new DomainRuleException("Henvisninger sendes af visitatorer, kontaktpersoner og rådgivere.");
        ArgumentOutOfRangeException.ThrowIfLessThan(deadlineWorkingDays, 1);
        var (errors, decision) = Check(form, consents.Where(c => c.CaseId == caseId), DanishTime.Today(now));
        errors.ThrowIfInvalid();
        var items = form.Items.Distinct().ToList();
        var referral = new Referral
        {
            CaseId = caseId,
            RequestId = requestId,
            Recipient = form.Recipient!.Value,
            RecipientName = TextRules.Clean(form.RecipientName),
            Purpose = form.Purpose!.Trim(),
            Urgency = form.Urgency!.Value,
            ItemsText = SharedItems.Join(items),
            FreeText = items.Contains(SharedItem.Supplerende) ? TextRules.Clean(form.FreeText) : null,
            ConsentId = decision!.Consent?.Id,
            LegalBasis = decision.LegalBasis,
            SentAt = now,
            SentById = by.Id,
            SentByName = by.Name,
            DeadlineWorkingDays = deadlineWorkingDays,
            DeadlineAt = WorkingDays.Add(now, deadlineWorkingDays, DanishTime.Zone).ToUniversalTime(),
            Status = ReferralStatus.Sendt,
            RecipientOrganisationId = recipientOrganisationId,
            OrganisationId = organisationId,
        };
        referral._changes.Add(new ReferralStatusChange(null, ReferralStatus.Sendt, now, by.Id, by.Name, null));
        return referral;
    }

    public static FieldErrors ValidateMove(ReferralStatus to, string? note)
    {
        var e = new FieldErrors();
        if (to == ReferralStatus.Afvist)
            TextRules.Required(e, "Note", note, "Begrundelsen for afvisningen", ReferralStatusChange.NoteMax);
        else
            TextRules.MaxLength(e, "Note", note, "Bemærkningen", ReferralStatusChange.NoteMax);
        return e;
    }

    /// <summary>Moves to <paramref name="to"/> and records who and when. Moving to the current status changes nothing (a repeated click).</summary>
    public bool MoveTo(ReferralStatus to, StaffMember by, DateTimeOffset now, string? note = null)
    {
        if (to == Status) return false;
        if (!ReferralStatusRules.CanMove(Status, to))
            throw new DomainRuleException($"En henvisning kan ikke gå fra {Status.Danish()} til {to.Danish()}.");
        ValidateMove(to, note).ThrowIfInvalid();
        _changes.Add(new ReferralStatusChange(Status, to, now, by.Id, by.Name, TextRules.Clean(note)));
        if (Status == ReferralStatus.Sendt) AcknowledgedAt ??= now;
        Status = to;
        return true;
    }

    /// <summary>Keeps what the referral shares as it is now. Called once, when it is sent; later calls change nothing.</summary>
    public void KeepSharedAsSent(IReadOnlyList<SharedSection> sections)
    {
        SharedAsSentJson ??= System.Text.Json.JsonSerializer.Serialize(sections);
    }

    /// <summary>What was shared when the referral was sent, or null for a referral sent before this was kept.</summary>
    public IReadOnlyList<SharedSection>? SharedAsSent() =>
        SharedAsSentJson is null ? null : System.Text.Json.JsonSerializer.Deserialize<List<SharedSection>>(SharedAsSentJson);

    /// <summary>When the referral reached <paramref name="status"/>, if it did.</summary>
    public ReferralStatusChange? ChangeTo(ReferralStatus status) => _changes.LastOrDefault(c => c.To == status);
}
