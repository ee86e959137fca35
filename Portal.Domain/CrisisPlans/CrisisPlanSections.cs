using System.Globalization;

namespace Portal.Domain.CrisisPlans;

/// <summary>
/// The sections of a crisis plan in order, each with its title, its neutral title for the discreet
/// print, and a plain-text rendering used for comparing versions.
/// </summary>
public sealed record CrisisPlanSection(string Key, string Title, string DiscreetTitle, Func<CrisisPlanContent, string> Text);

public static class CrisisPlanSections
{
    public static readonly IReadOnlyList<string> GoBagItems =
    [
        "Pas eller anden ID", "Sundhedskort", "Medicin", "Nøgler", "Kontanter", "Betalingskort",
        "Telefon og oplader", "Vigtige papirer", "Børnenes ting",
    ];

    public static readonly IReadOnlyList<string> DigitalSafetyItems =
    [
        "Slå deling af placering fra på telefon og ur",
        "Skift adgangskoder til mail, bank og sociale medier",
        "Luk fælles konti og abonnementer",
        "Tjek telefonen for ukendte apps",
        "Tjek bil og tasker for ting, der ikke hører til",
    ];

    public static readonly IReadOnlyList<CrisisPlanSection> All =
    [
        new("warning", "Tegn på fare", "Tegn jeg holder øje med", c => c.WarningSigns ?? ""),
        new("danger", "Hvis jeg er i fare nu", "Hvis jeg har brug for hjælp med det samme", c => c.DangerNow ?? ""),
        new("places", "Sikre steder", "Steder jeg kan gå hen", c => c.SafePlaces ?? ""),
        new("people", "Personer jeg kan ringe til", "Personer jeg kan ringe til",
            c => string.Join("\n", c.TrustedPeople.Select(p => $"{p.Name}, {p.Phone}{(string.IsNullOrWhiteSpace(p.CodeWord) ? "" : $", kodeord: {p.CodeWord}")}"))),
        new("helplines", "Hjælp døgnet rundt", "Numre jeg kan ringe til", _ => ""),
        new("children", "Børnene", "Børnene", c => c.Children ?? ""),
        new("digital", "Digital sikkerhed", "Telefon og computer", c => string.Join("\n", c.DigitalSafety.Append(c.DigitalSafetyNotes ?? ""))),
        new("gobag", "Taske klar til at gå", "Taske klar", c => string.Join("\n", c.GoBag.Append(c.GoBagNotes ?? ""))),
        new("agreements", "Aftaler med min kontaktperson", "Mine aftaler om kontakt", c => c.Agreements ?? ""),
        new("review", "Næste gennemgang", "Næste gang vi ser planen igennem",
            c => c.NextReview?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? ""),
    ];
}
