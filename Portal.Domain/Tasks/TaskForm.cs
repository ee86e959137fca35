using Portal.Domain.Validation;

namespace Portal.Domain.Tasks;

/// <summary>A follow-up task set by hand on a case (e.g. "ring borgeren op fredag").</summary>
public sealed class TaskForm
{
    public string? Title { get; set; }
    public int? OwnerId { get; set; }
    public DateOnly? Due { get; set; }

    public FieldErrors Validate(IReadOnlySet<int> eligibleOwners, DateOnly today)
    {
        var e = new FieldErrors();
        TextRules.Required(e, nameof(Title), Title, "Opgaven", 200);
        e.AddIf(OwnerId is null, nameof(OwnerId), "Vælg en ansvarlig.");
        e.AddIf(OwnerId is { } o && !eligibleOwners.Contains(o), nameof(OwnerId), "Den ansvarlige kan ikke få opgaver på sagen.");
        e.AddIf(Due is { } d && d < today, nameof(Due), "Fristen kan ikke ligge i fortiden.");
        DateRules.NotTooFarAhead(e, nameof(Due), Due, today, years: 2);
        return e;
    }
}
