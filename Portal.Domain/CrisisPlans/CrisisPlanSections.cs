using System.Globalization;

namespace Portal.Domain.CrisisPlans;

/// <summary>
/// One section of a crisis plan: its number and title (as the editor and the print show them), its neutral title
/// for the discreet print, the editor's guidance, and a plain-text rendering used for comparing versions.
/// </summary>
public sealed record CrisisPlanSection(string Key, string Title, string DiscreetTitle, string? Help, Func<CrisisPlanContent, string> Text)
{
    /// <summary>The section's place in the plan, from 1; set by <see cref="CrisisPlanSections.All"/>.</summary>
    public int Number { get; init; }

    /// <summary>"3. Sikre steder".</summary>
    public string Heading => $"{Number}. {Title}";
}

public static class CrisisPlanSections
{
    /// <summary>The sections' keys: the editor and the print give each its own input or layout by key.</summary>
    public static class Keys
    {
        public const string Warning = "warning";
        public const string Danger = "danger";
        public const string Places = "places";
        public const string People = "people";
        public const string HelpLines = "helplines";
        public const string Children = "children";
        public const string Digital = "digital";
        public const string GoBag = "gobag";
        public const string Agreements = "agreements";
        public const string Review = "review";
    }

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

    /// <summary>The sections in plan order, numbered from 1.</summary>
    public static readonly IReadOnlyList<CrisisPlanSection> All = Numbered(
    [
        new(Keys.Warning, "Tegn på fare", "Tegn jeg holder øje med", "Hvad ser eller mærker borgeren, før det bliver farligt?", c => c.WarningSigns ?? ""),
        new(Keys.Danger, "Hvis jeg er i fare nu", "Hvis jeg har brug for hjælp med det samme", "112 og hvad borgeren siger; veje ud af hjemmet.", c => c.DangerNow ?? ""),
        new(Keys.Places, "Sikre steder", "Steder jeg kan gå hen", "Hvor kan borgeren gå hen? Skriv ikke borgerens egen adresse.", c => c.SafePlaces ?? ""),
        new(Keys.People, "Personer jeg kan ringe til", "Personer jeg kan ringe til", "Navn, telefon og evt. et kodeord, der betyder «ring 112».",
            c => string.Join("\n", c.TrustedPeople.Select(p => $"{p.Name}, {p.Phone}{(string.IsNullOrWhiteSpace(p.CodeWord) ? "" : $", kodeord: {p.CodeWord}")}"))),
        new(Keys.HelpLines, "Hjælp døgnet rundt", "Numre jeg kan ringe til", "Fra kommunens liste; administrator retter numre og åbningstider.", _ => ""),
        new(Keys.Children, "Børnene", "Børnene", "Er skole eller institution orienteret? Hvem må hente? Hvad ved børnene?", c => c.Children ?? ""),
        new(Keys.Digital, "Digital sikkerhed", "Telefon og computer", null, c => string.Join("\n", c.DigitalSafety.Append(c.DigitalSafetyNotes ?? ""))),
        new(Keys.GoBag, "Taske klar til at gå", "Taske klar", null, c => string.Join("\n", c.GoBag.Append(c.GoBagNotes ?? ""))),
        new(Keys.Agreements, "Aftaler med min kontaktperson", "Mine aftaler om kontakt", "Hvordan og hvornår må vi kontakte borgeren sikkert?", c => c.Agreements ?? ""),
        new(Keys.Review, "Næste gennemgang", "Næste gang vi ser planen igennem", null,
            c => c.NextReview?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? ""),
    ]);

    /// <summary>The section with <paramref name="key"/>; throws for a key the plan does not have.</summary>
    public static CrisisPlanSection Get(string key) => All.Single(s => s.Key == key);

    private static IReadOnlyList<CrisisPlanSection> Numbered(IReadOnlyList<CrisisPlanSection> sections) =>
        sections.Select((s, i) => s with { Number = i + 1 }).ToList();
}
