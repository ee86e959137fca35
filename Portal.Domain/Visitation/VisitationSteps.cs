using Portal.Domain.Risk;
using Portal.Domain.Validation;

namespace Portal.Domain.Visitation;

/// <summary>The ten steps of the stalking visitation, in order, and what each needs before moving on.</summary>
public static class VisitationSteps
{
    public const int Count = 10;
    public const int TextMax = 4000;

    public static readonly IReadOnlyList<string> Titles =
    [
        "Sikkerhed nu",
        "Det der sker",
        "Hvor længe og hvor tit",
        "Relationen",
        "Konsekvenser",
        "Risikoscreening",
        "Vurdering",
        "Råd og vejledning",
        "Videre forløb",
        "Opsummering",
    ];

    public static readonly IReadOnlyList<Choice> StalkingConclusions =
    [
        new("ja", "Ja, det er stalking"),
        new("nej", "Nej, det er ikke stalking"),
        new("usikker", "Usikker"),
    ];

    /// <summary>Danish messages for what is missing or wrong on <paramref name="step"/> (1-based).</summary>
    public static FieldErrors Validate(int step, VisitationAnswers a, Instrument screening, DateOnly today)
    {
        var e = new FieldErrors();
        switch (step)
        {
            case 1:
                e.AddIf(a.InDangerNow is null, nameof(a.InDangerNow), "Svar på, om borgeren er i fare lige nu.");
                e.AddIf(a.SafeToTalk is null, nameof(a.SafeToTalk), "Svar på, om borgeren kan tale frit og sikkert nu.");
                TextRules.MaxLength(e, nameof(a.CitizenWhereabouts), a.CitizenWhereabouts, "Teksten", 500);
                break;
            case 2:
                e.AddIf(a.Behaviours.Count == 0 && string.IsNullOrWhiteSpace(a.BehaviourNotes), nameof(a.Behaviours),
                    "Vælg mindst én adfærd, eller beskriv hvad der sker.");
                TextRules.MaxLength(e, nameof(a.BehaviourNotes), a.BehaviourNotes, "Beskrivelsen", TextMax);
                break;
            case 3:
                e.AddIf(a.Since is null, nameof(a.Since), "Angiv ca. hvornår det begyndte.");
                e.AddIf(a.Since > today, nameof(a.Since), "Datoen kan ikke ligge i fremtiden.");
                DateRules.NotTooOld(e, nameof(a.Since), a.Since, today);
                e.AddIf(a.Frequency is null, nameof(a.Frequency), "Vælg hvor tit det sker.");
                e.AddIf(a.MostRecent > today, nameof(a.MostRecent), "Datoen kan ikke ligge i fremtiden.");
                e.AddIf(a.MostRecent is { } recent && a.Since is { } since && recent < since, nameof(a.MostRecent),
                    "Den seneste hændelse kan ikke ligge før begyndelsen.");
                break;
            case 4:
                e.AddIf(a.Relation is null, nameof(a.Relation), "Vælg hvem den, der stalker, er for borgeren.");
                TextRules.MaxLength(e, nameof(a.RelationNotes), a.RelationNotes, "Teksten", TextMax);
                break;
            case 5:
                TextRules.MaxLength(e, nameof(a.ConsequenceNotes), a.ConsequenceNotes, "Teksten", TextMax);
                break;
            case 6:
                foreach (var (field, message) in RiskJudgement.ValidateForm(screening, a.Screening, a.RaisedLevel, a.RaiseReason, "Screening.").All)
                    e.Add(field, message);
                break;
            case 7:
                e.AddIf(a.IsStalking is null, nameof(a.IsStalking), "Vælg din vurdering.");
                TextRules.Required(e, nameof(a.AssessmentReason), a.AssessmentReason, "Begrundelsen", TextMax);
                break;
            case 8:
                TextRules.MaxLength(e, nameof(a.AdviceNotes), a.AdviceNotes, "Teksten", TextMax);
                break;
            case 9:
                e.AddIf(a.NextSteps.Count == 0, nameof(a.NextSteps), "Vælg mindst ét videre forløb.");
                e.AddIf(a.NextSteps.Contains("dsc") && !a.ConsentToDsc, nameof(a.ConsentToDsc),
                    "Dansk Stalking Center kan kun få borgerens kontaktoplysninger med borgerens samtykke.");
                e.AddIf(a.NextSteps.Contains("andet") && string.IsNullOrWhiteSpace(a.NextStepNotes), nameof(a.NextStepNotes),
                    "Beskriv det andet forløb.");
                TextRules.MaxLength(e, nameof(a.NextStepNotes), a.NextStepNotes, "Teksten", TextMax);
                break;
        }
        return e;
    }

    /// <summary>The first step (1-based) with missing answers, or null when all nine are complete.</summary>
    public static int? FirstIncomplete(VisitationAnswers a, Instrument screening, DateOnly today)
    {
        for (var step = 1; step < Count; step++)
            if (!Validate(step, a, screening, today).IsValid) return step;
        return null;
    }
}
