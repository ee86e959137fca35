using Portal.Domain.Validation;

namespace Portal.Domain.HelpLines;

/// <summary>
/// A number the citizen can call for help, printed on crisis plans. Administrators keep the list current. Lines shipped
/// with Portal are examples until an administrator confirms them; a line without opening hours is flagged until fixed.
/// Both are still printed: a citizen in danger is better served by the national numbers than by none.
/// </summary>
public sealed class HelpLine
{
    public const string ExampleWarning = "Eksempel – skal bekræftes";
    public const string HoursWarning = "Åbningstider ikke bekræftet";

    private HelpLine() { }

    public HelpLine(HelpLineDetails details) => Apply(details);

    /// <summary>A line shipped with Portal: an administrator must check the number and hours and confirm it.</summary>
    public static HelpLine Example(HelpLineDetails details) => new(details) { NeedsConfirmation = true };

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The name printed on a discreet plan: it must not reveal violence or stalking.</summary>
    public string DiscreetName { get; private set; } = "";
    public string Number { get; private set; } = "";
    public string OpeningHours { get; private set; } = "";
    public string? Description { get; private set; }
    public int SortOrder { get; private set; }
    public bool NeedsConfirmation { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public string? ConfirmedByName { get; private set; }
    public Guid Version { get; set; }

    public bool HasOpeningHours => !string.IsNullOrWhiteSpace(OpeningHours);

    /// <summary>What the administrator must still see to: the shipped example is unconfirmed, the hours are missing.</summary>
    public IReadOnlyList<string> Warnings =>
        [.. NeedsConfirmation ? [ExampleWarning] : Array.Empty<string>(), .. HasOpeningHours ? Array.Empty<string>() : [HoursWarning]];

    public void Update(HelpLineDetails details) => Apply(details);

    /// <summary>An administrator has checked the shipped line. Confirming again changes nothing.</summary>
    public bool Confirm(Staff.StaffMember by, DateTimeOffset now)
    {
        if (by.Role != Staff.Role.Administrator) throw new DomainRuleException("Kun administratorer kan bekræfte hjælpelinjer.");
        if (!NeedsConfirmation) return false;
        NeedsConfirmation = false;
        ConfirmedAt = now;
        ConfirmedByName = by.Name;
        return true;
    }

    private void Apply(HelpLineDetails d)
    {
        d.Validate().ThrowIfInvalid();
        Name = d.Name!.Trim();
        DiscreetName = d.DiscreetName!.Trim();
        Number = d.Number!.Trim();
        OpeningHours = d.OpeningHours?.Trim() ?? "";
        Description = TextRules.Clean(d.Description);
        SortOrder = d.SortOrder;
    }
}

public sealed class HelpLineDetails
{
    public string? Name { get; set; }
    public string? DiscreetName { get; set; }
    public string? Number { get; set; }
    public string? OpeningHours { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }

    public static HelpLineDetails From(HelpLine h) => new()
    {
        Name = h.Name, DiscreetName = h.DiscreetName, Number = h.Number, OpeningHours = h.OpeningHours,
        Description = h.Description, SortOrder = h.SortOrder,
    };

    public FieldErrors Validate()
    {
        var e = new FieldErrors();
        TextRules.Required(e, nameof(Name), Name, "Navnet", 100);
        TextRules.Required(e, nameof(DiscreetName), DiscreetName, "Det diskrete navn", 100);
        if (e[nameof(DiscreetName)] is null && DiscreetWords.Reveals(DiscreetName))
            e.Add(nameof(DiscreetName), "Det diskrete navn må ikke indeholde ord som «vold», «stalking» eller «krisecenter».");
        TextRules.Required(e, nameof(Number), Number, "Nummeret", 30);
        if (e[nameof(Number)] is null && !Number!.Trim().All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-'))
            e.Add(nameof(Number), "Nummeret må kun indeholde cifre, mellemrum, + og -.");
        // May be left empty when unknown: the line is then flagged "Åbningstider ikke bekræftet" until it is filled in.
        TextRules.MaxLength(e, nameof(OpeningHours), OpeningHours, "Åbningstiden", 100);
        TextRules.MaxLength(e, nameof(Description), Description, "Beskrivelsen", 300);
        e.AddIf(SortOrder is < 0 or > 10_000, nameof(SortOrder), "Rækkefølgen skal være et tal fra 0 til 10000.");
        return e;
    }
}

/// <summary>Words that must not appear on paper the person the citizen is protected against might find.</summary>
public static class DiscreetWords
{
    public static readonly IReadOnlyList<string> Forbidden =
        ["vold", "stalk", "krisecenter", "partnervold", "overgreb", "chikane", "tilhold", "forfølg", "forfulgt", "sporing", "overvåg"];

    public static bool Reveals(string? text) =>
        text is not null && Forbidden.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
