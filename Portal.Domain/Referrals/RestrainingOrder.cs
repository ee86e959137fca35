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
    public Guid Version { get; set; }

    public bool IsInForce(DateOnly today) => today >= From && today <= To;

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
}

public sealed class RestrainingOrderForm
{
    public RestrainingOrderKind? Kind { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Note { get; set; }

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
}
