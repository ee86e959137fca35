using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Domain.Incidents;

/// <summary>One dated entry in the citizen's incident log (hændelseslog), which can be printed as evidence for the police.</summary>
public sealed class Incident
{
    public const int TextMax = 2000;

    private Incident() { }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public DateOnly Date { get; private set; }
    public TimeOnly? Time { get; private set; }
    public string WhatHappened { get; private set; } = "";
    public string? Place { get; private set; }
    public string? Witnesses { get; private set; }
    public string? Evidence { get; private set; }
    public bool ReportedToPolice { get; private set; }
    public int RecordedById { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public Guid RequestId { get; private set; }

    public static Incident Record(int caseId, IncidentForm form, StaffMember by, DateOnly today, DateTimeOffset now, Guid requestId)
    {
        form.Validate(today).ThrowIfInvalid();
        return new Incident
        {
            CaseId = caseId,
            Date = form.Date!.Value,
            Time = form.Time,
            WhatHappened = form.WhatHappened!.Trim(),
            Place = TextRules.Clean(form.Place),
            Witnesses = TextRules.Clean(form.Witnesses),
            Evidence = TextRules.Clean(form.Evidence),
            ReportedToPolice = form.ReportedToPolice,
            RecordedById = by.Id,
            RecordedByName = by.Name,
            RecordedAt = now,
            RequestId = requestId,
        };
    }
}

public sealed class IncidentForm
{
    public DateOnly? Date { get; set; }
    public TimeOnly? Time { get; set; }
    public string? WhatHappened { get; set; }
    public string? Place { get; set; }
    public string? Witnesses { get; set; }
    public string? Evidence { get; set; }
    public bool ReportedToPolice { get; set; }

    public FieldErrors Validate(DateOnly today)
    {
        var e = new FieldErrors();
        e.AddIf(Date is null, nameof(Date), "Angiv datoen for hændelsen.");
        e.AddIf(Date > today, nameof(Date), "Datoen kan ikke ligge i fremtiden.");
        DateRules.NotTooOld(e, nameof(Date), Date, today);
        TextRules.Required(e, nameof(WhatHappened), WhatHappened, "Beskrivelsen af hvad der skete", Incident.TextMax);
        TextRules.MaxLength(e, nameof(Place), Place, "Stedet", 200);
        TextRules.MaxLength(e, nameof(Witnesses), Witnesses, "Vidner", 500);
        TextRules.MaxLength(e, nameof(Evidence), Evidence, "Beviser", 1000);
        return e;
    }
}
