namespace Portal.Features.Accessibility;

/// <summary>
/// The facts of the accessibility statement (webtilgængelighedsloven, the EU model statement's parts). Change them here
/// when a gap is mended or found, and move <see cref="ReviewedOn"/> to the day of the new review.
/// </summary>
public static class AccessibilityStatement
{
    public const string Route = "/tilgaengelighed";
    public const string LinkText = "Tilgængelighedserklæring";

    public static readonly DateOnly PreparedOn = new(2026, 12, 3);
    public static readonly DateOnly ReviewedOn = new(2026, 12, 3);

    /// <summary>What does not yet meet WCAG 2.1 AA, which criterion, and why.</summary>
    public static readonly IReadOnlyList<KnownGap> Gaps =
    [
        new("PDF-dokumenter er ikke mærkede PDF-filer",
            "1.3.1 Info og relationer",
            "Kriseplanen, brevet om fast kontaktperson, henvisningsbrevet, hændelsesloggen og indsigten kan læses op og " +
            "markeres, men overskrifter, lister og tabeller er ikke mærket som sådan for skærmlæsere.",
            "Den PDF-motor, Portal bruger, skriver endnu ikke strukturmærker. Indholdet kan ses tilgængeligt på skærmen i sagen."),
        new("Log ud efter 30 minutter uden advarsel",
            "2.2.1 Justerbar tid",
            "Portal logger ud efter 30 minutter uden aktivitet og advarer ikke først, så du kan ikke bede om mere tid.",
            "Af hensyn til borgernes sikkerhed må en forladt arbejdsstation ikke stå åben. Det, du skriver i visitationen og " +
            "kriseplanen, gemmes løbende, så det ikke går tabt."),
    ];

    /// <summary>The pages the automatic checks (axe-core, WCAG 2.1 A and AA rules) run on at every test run.</summary>
    public static readonly IReadOnlyList<string> CheckedPages =
    [
        "Log ind", "Mit overblik", "Sager", "Sagen", "Stalkingvisitation", "Risikovurdering", "Kriseplan",
        "Hændelseslog", "Samarbejdsmøder", "Indbakke", "Ny henvendelse", "Send en bekymring", "Hjælpelinjer",
        "Uddannelse", "Ledelsesoverblik", "Evaluering", "Tilgængelighedserklæring",
    ];
}

public sealed record KnownGap(string Title, string Criterion, string What, string Why);
