using System.Globalization;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Domain.Referrals;

/// <summary>The two orders the police issue under the act on restraining orders (lov om tilhold, opholdsforbud og bortvisning).</summary>
public enum RestrainingOrderKind
{
    Tilhold,
    Opholdsforbud,
}

public static class RestrainingOrderKinds
{
    public static string Danish(this RestrainingOrderKind kind) => kind switch
    {
        RestrainingOrderKind.Tilhold => "Tilhold",
        RestrainingOrderKind.Opholdsforbud => "Opholdsforbud",
        _ => kind.ToString(),
    };

    /// <summary>"tilholdet", "opholdsforbuddet".</summary>
    public static string Definite(this RestrainingOrderKind kind) => kind switch
    {
        RestrainingOrderKind.Tilhold => "tilholdet",
        RestrainingOrderKind.Opholdsforbud => "opholdsforbuddet",
        _ => kind.ToString(),
    };
}

/// <summary>A restraining order against the person the citizen is exposed to, with the breaches reported.</summary>
public sealed class RestrainingOrder
{
    public const int NoteMax = 500;

    private readonly List<RestrainingOrderBreach> _breaches = [];
    private readonly List<RestrainingOrderCorrection> _corrections = [];

    private RestrainingOrder() { }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public Guid RequestId { get; private set; }
    public RestrainingOrderKind Kind { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string? Note { get; private set; }
    public int RecordedById { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public IReadOnlyList<RestrainingOrderBreach> Breaches => _breaches;
    /// <summary>Every correction of the order and its breaches, with the values before it; oldest first.</summary>
    public IReadOnlyList<RestrainingOrderCorrection> Corrections => _corrections;
    public Guid Version { get; set; }

    public bool IsInForce(DateOnly today) => StateOn(today) == RestrainingOrderState.Gaelder;

    public RestrainingOrderState StateOn(DateOnly today) =>
        today < From ? RestrainingOrderState.IkkeTraadtIKraft
        : today > To ? RestrainingOrderState.Udloebet
        : RestrainingOrderState.Gaelder;

    public static RestrainingOrder Record(int caseId, RestrainingOrderForm form, StaffMember by, DateTimeOffset now, Guid requestId)
    {
        form.Validate().ThrowIfInvalid();
        return new RestrainingOrder
        {
            CaseId = caseId,
            RequestId = requestId,
            Kind = form.Kind!.Value,
            From = form.From!.Value,
            To = form.To!.Value,
            Note = TextRules.Clean(form.Note),
            RecordedById = by.Id,
            RecordedByName = by.Name,
            RecordedAt = now,
        };
    }

    public FieldErrors ValidateBreach(BreachForm form, DateOnly today)
    {
        var e = new FieldErrors();
        e.AddIf(form.Date is null, nameof(form.Date), "Angiv datoen for overtrædelsen.");
        e.AddIf(form.Date > today, nameof(form.Date), "Datoen kan ikke ligge i fremtiden.");
        e.AddIf(form.Date is { } d && d <= today && (d < From || d > To), nameof(form.Date),
            $"Datoen skal ligge i perioden {Format(From)} – {Format(To)}, hvor {Kind.Definite()} gælder.");
        TextRules.Required(e, nameof(form.Description), form.Description, "Beskrivelsen", RestrainingOrderBreach.DescriptionMax);
        return e;
    }

    /// <summary>Records a reported breach; the same request twice records it once.</summary>
    public RestrainingOrderBreach ReportBreach(BreachForm form, StaffMember by, DateOnly today, DateTimeOffset now, Guid requestId)
    {
        if (_breaches.FirstOrDefault(b => b.RequestId == requestId) is { } existing) return existing;
        ValidateBreach(form, today).ThrowIfInvalid();
        var breach = new RestrainingOrderBreach(requestId, form.Date!.Value, form.Description!.Trim(), form.ReportedToPolice, by, now);
        _breaches.Add(breach);
        return breach;
    }

    /// <summary>The order as it reads now, kept as the previous values when it is corrected.</summary>
    public string Describe() => $"{Kind.Danish()} {Format(From)} – {Format(To)}; {(Note is { } n ? "bemærkning: " + n : "ingen bemærkning")}";

    /// <summary>
    /// Corrects the order's kind, period or note, with a reason; the values before are kept in <see cref="Corrections"/>.
    /// A breach already recorded must still lie in the period. The same request twice corrects once.
    /// </summary>
    public RestrainingOrderCorrection Correct(RestrainingOrderForm form, string? reason, StaffMember by, DateTimeOffset now, Guid requestId)
    {
        if (_corrections.FirstOrDefault(c => c.RequestId == requestId) is { } repeated) return repeated;
        var errors = form.Validate();
        RestrainingOrderCorrection.ValidateReason(errors, reason);
        if (errors.IsValid)
        {
            errors.AddIf(form.Kind == Kind && form.From == From && form.To == To && TextRules.Clean(form.Note) == Note,
                RestrainingOrderCorrection.ChangesField, RestrainingOrderCorrection.NothingChanged);
            if (_breaches.Where(b => b.Date < form.From || b.Date > form.To).OrderBy(b => b.Date).FirstOrDefault() is { } outside)
                errors.Add(nameof(form.From), $"Overtrædelsen den {Format(outside.Date)} ligger uden for den nye periode. Ret overtrædelsen først.");
        }
        errors.ThrowIfInvalid();
        var correction = new RestrainingOrderCorrection(requestId, null, Kind.Danish(), Describe(), reason!.Trim(), by, now);
        Kind = form.Kind!.Value;
        From = form.From!.Value;
        To = form.To!.Value;
        Note = TextRules.Clean(form.Note);
        _corrections.Add(correction);
        return correction;
    }

    /// <summary>Corrects a reported breach (date, description, reported), with a reason; the values before are kept.</summary>
    public RestrainingOrderCorrection CorrectBreach(int breachId, BreachForm form, string? reason, StaffMember by, DateOnly today, DateTimeOffset now, Guid requestId)
    {
        if (_corrections.FirstOrDefault(c => c.RequestId == requestId) is { } repeated) return repeated;
        var breach = _breaches.FirstOrDefault(b => b.Id == breachId) ?? throw new DomainRuleException("Overtrædelsen findes ikke.");
        var errors = ValidateBreach(form, today);
        RestrainingOrderCorrection.ValidateReason(errors, reason);
        errors.AddIf(errors.IsValid && form.Date == breach.Date && form.Description!.Trim() == breach.Description && form.ReportedToPolice == breach.ReportedToPolice,
            RestrainingOrderCorrection.ChangesField, RestrainingOrderCorrection.NothingChanged);
        errors.ThrowIfInvalid();
        var correction = new RestrainingOrderCorrection(requestId, breach.Id, $"Overtrædelse {Format(breach.Date)}", breach.Describe(), reason!.Trim(), by, now);
        breach.Apply(form.Date!.Value, form.Description!.Trim(), form.ReportedToPolice);
        _corrections.Add(correction);
        return correction;
    }

    private static string Format(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}

/// <summary>A breach of a restraining order, as reported.</summary>
public sealed class RestrainingOrderBreach
{
    public const int DescriptionMax = 500;

    private RestrainingOrderBreach() { }

    internal RestrainingOrderBreach(Guid requestId, DateOnly date, string description, bool reportedToPolice, StaffMember by, DateTimeOffset now)
    {
        RequestId = requestId;
        Date = date;
        Description = description;
        ReportedToPolice = reportedToPolice;
        RecordedById = by.Id;
        RecordedByName = by.Name;
        RecordedAt = now;
    }

    public int Id { get; private set; }
    public int RestrainingOrderId { get; private set; }
    public Guid RequestId { get; private set; }
    public DateOnly Date { get; private set; }
    public string Description { get; private set; } = "";
    public bool ReportedToPolice { get; private set; }
    public int RecordedById { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public Guid Version { get; set; }

    public string Describe() =>
        $"{Date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}: {Description} ({(ReportedToPolice ? "anmeldt til politiet" : "ikke anmeldt")})";

    internal void Apply(DateOnly date, string description, bool reportedToPolice)
    {
        Date = date;
        Description = description;
        ReportedToPolice = reportedToPolice;
    }
}

/// <summary>A correction of a restraining order or one of its breaches: what it was before, who corrected it, when and why.</summary>
public sealed class RestrainingOrderCorrection
{
    public const int ReasonMax = 500;
    public const int PreviousMax = 1000;
    public const string ChangesField = "Changes";
    public const string NothingChanged = "Intet er rettet. Ret mindst én oplysning, eller annullér.";

    private RestrainingOrderCorrection() { }

    internal RestrainingOrderCorrection(Guid requestId, int? breachId, string what, string previous, string reason, StaffMember by, DateTimeOffset at)
    {
        RequestId = requestId;
        BreachId = breachId;
        What = what;
        Previous = previous.Length <= PreviousMax ? previous : previous[..(PreviousMax - 1)] + "…";
        Reason = reason;
        ById = by.Id;
        ByName = by.Name;
        At = at;
    }

    public int Id { get; private set; }
    public int RestrainingOrderId { get; private set; }
    public Guid RequestId { get; private set; }
    /// <summary>The breach corrected; null when the order itself was corrected.</summary>
    public int? BreachId { get; private set; }
    /// <summary>What was corrected, e.g. "Tilhold" or "Overtrædelse 20-11-2026".</summary>
    public string What { get; private set; } = "";
    /// <summary>The values before the correction, as text.</summary>
    public string Previous { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public int ById { get; private set; }
    public string ByName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    public static void ValidateReason(FieldErrors errors, string? reason) =>
        TextRules.Required(errors, nameof(Reason), reason, "Begrundelsen for rettelsen", ReasonMax);
}

public sealed class RestrainingOrderForm
{
    public RestrainingOrderKind? Kind { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Note { get; set; }

    public static RestrainingOrderForm Of(RestrainingOrder o) => new() { Kind = o.Kind, From = o.From, To = o.To, Note = o.Note };

    public FieldErrors Validate()
    {
        var e = new FieldErrors();
        e.AddIf(Kind is null, nameof(Kind), "Vælg tilhold eller opholdsforbud.");
        e.AddIf(From is null, nameof(From), "Angiv, hvornår forbuddet gælder fra.");
        e.AddIf(To is null, nameof(To), "Angiv, hvornår forbuddet udløber.");
        e.AddIf(To < From, nameof(To), "Udløbsdatoen skal ligge efter startdatoen.");
        DateRules.Plausible(e, nameof(From), From);
        DateRules.Plausible(e, nameof(To), To);
        TextRules.MaxLength(e, nameof(Note), Note, "Bemærkningen", RestrainingOrder.NoteMax);
        return e;
    }
}

public sealed class BreachForm
{
    public DateOnly? Date { get; set; }
    public string? Description { get; set; }
    public bool ReportedToPolice { get; set; } = true;

    public static BreachForm Of(RestrainingOrderBreach b) => new() { Date = b.Date, Description = b.Description, ReportedToPolice = b.ReportedToPolice };
}
