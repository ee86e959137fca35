using Portal.Domain.Validation;

namespace Portal.Domain.CrisisPlans;

/// <summary>The editor's mutable copy of a plan; saving turns it into an immutable <see cref="CrisisPlanContent"/> version.</summary>
public sealed class CrisisPlanForm
{
    public string? WarningSigns { get; set; }
    public string? DangerNow { get; set; }
    public string? SafePlaces { get; set; }
    public List<PersonRow> TrustedPeople { get; set; } = [];
    public string? Children { get; set; }
    public List<string> DigitalSafety { get; set; } = [];
    public string? DigitalSafetyNotes { get; set; }
    public List<string> GoBag { get; set; } = [];
    public string? GoBagNotes { get; set; }
    public string? Agreements { get; set; }
    public DateOnly? NextReview { get; set; }

    public sealed class PersonRow
    {
        public string? Name { get; set; }
        public string? Phone { get; set; }
        public string? CodeWord { get; set; }
    }

    public static CrisisPlanForm From(CrisisPlanContent c) => new()
    {
        WarningSigns = c.WarningSigns,
        DangerNow = c.DangerNow,
        SafePlaces = c.SafePlaces,
        TrustedPeople = c.TrustedPeople.Select(p => new PersonRow { Name = p.Name, Phone = p.Phone, CodeWord = p.CodeWord }).ToList(),
        Children = c.Children,
        DigitalSafety = [.. c.DigitalSafety],
        DigitalSafetyNotes = c.DigitalSafetyNotes,
        GoBag = [.. c.GoBag],
        GoBagNotes = c.GoBagNotes,
        Agreements = c.Agreements,
        NextReview = c.NextReview,
    };

    /// <summary>Empty person rows are dropped; half-filled ones are kept so validation can name the missing field.</summary>
    public CrisisPlanContent ToContent() => new()
    {
        WarningSigns = Clean(WarningSigns),
        DangerNow = Clean(DangerNow),
        SafePlaces = Clean(SafePlaces),
        TrustedPeople = TrustedPeople
            .Where(p => !string.IsNullOrWhiteSpace(p.Name) || !string.IsNullOrWhiteSpace(p.Phone) || !string.IsNullOrWhiteSpace(p.CodeWord))
            .Select(p => new TrustedPerson(Clean(p.Name) ?? "", Clean(p.Phone) ?? "", Clean(p.CodeWord)))
            .ToList(),
        Children = Clean(Children),
        DigitalSafety = [.. DigitalSafety.Select(Clean).OfType<string>()],
        DigitalSafetyNotes = Clean(DigitalSafetyNotes),
        GoBag = [.. GoBag.Select(Clean).OfType<string>()],
        GoBagNotes = Clean(GoBagNotes),
        Agreements = Clean(Agreements),
        NextReview = NextReview,
    };

    // Direction overrides are removed here, where the plan is saved, and again when it is printed.
    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : BidiControls.Strip(s).Trim() is { Length: > 0 } t ? t : null;
}
