using Portal.Domain.Validation;

namespace Portal.Domain.CrisisPlans;

/// <summary>What the citizen does when in danger. Every section is optional; the plan is ready when the first four are filled.</summary>
public sealed record CrisisPlanContent
{
    public const int TextMax = 2000;

    public string? WarningSigns { get; init; }
    public string? DangerNow { get; init; }
    public string? SafePlaces { get; init; }
    public IReadOnlyList<TrustedPerson> TrustedPeople { get; init; } = [];
    public string? Children { get; init; }
    public IReadOnlyList<string> DigitalSafety { get; init; } = [];
    public string? DigitalSafetyNotes { get; init; }
    public IReadOnlyList<string> GoBag { get; init; } = [];
    public string? GoBagNotes { get; init; }
    public string? Agreements { get; init; }
    public DateOnly? NextReview { get; init; }

    public bool IsReady =>
        !string.IsNullOrWhiteSpace(WarningSigns) && !string.IsNullOrWhiteSpace(DangerNow)
        && !string.IsNullOrWhiteSpace(SafePlaces) && TrustedPeople.Count > 0;

    public FieldErrors Validate(DateOnly today)
    {
        var e = new FieldErrors();
        TextRules.MaxLength(e, nameof(WarningSigns), WarningSigns, "Teksten", TextMax);
        TextRules.MaxLength(e, nameof(DangerNow), DangerNow, "Teksten", TextMax);
        TextRules.MaxLength(e, nameof(SafePlaces), SafePlaces, "Teksten", TextMax);
        TextRules.MaxLength(e, nameof(Children), Children, "Teksten", TextMax);
        TextRules.MaxLength(e, nameof(DigitalSafetyNotes), DigitalSafetyNotes, "Teksten", TextMax);
        TextRules.MaxLength(e, nameof(GoBagNotes), GoBagNotes, "Teksten", TextMax);
        TextRules.MaxLength(e, nameof(Agreements), Agreements, "Teksten", TextMax);
        for (var i = 0; i < TrustedPeople.Count; i++)
        {
            var p = TrustedPeople[i];
            TextRules.Required(e, $"TrustedPeople[{i}].Name", p.Name, "Navnet", 100);
            if (string.IsNullOrWhiteSpace(p.Phone))
                e.Add($"TrustedPeople[{i}].Phone", "Telefonnummeret skal udfyldes.");
            else if (!Citizens.PhoneNumber.TryNormalize(p.Phone, out _))
                e.Add($"TrustedPeople[{i}].Phone", Citizens.PhoneNumber.Error);
            TextRules.MaxLength(e, $"TrustedPeople[{i}].CodeWord", p.CodeWord, "Kodeordet", 50);
        }
        e.AddIf(NextReview is { } review && review < today, nameof(NextReview), "Datoen for næste gennemgang skal ligge i dag eller senere.");
        DateRules.NotTooFarAhead(e, nameof(NextReview), NextReview, today, years: 2);
        return e;
    }

    /// <summary>Names of the sections that differ between two versions, in plan order.</summary>
    public static IReadOnlyList<string> ChangedSections(CrisisPlanContent a, CrisisPlanContent b) =>
        CrisisPlanSections.All.Where(s => s.Text(a) != s.Text(b)).Select(s => s.Title).ToList();
}

public sealed record TrustedPerson(string Name, string Phone, string? CodeWord);
