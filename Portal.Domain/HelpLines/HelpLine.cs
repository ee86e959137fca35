using Portal.Domain.Validation;

namespace Portal.Domain.HelpLines;

/// <summary>A number the citizen can call for help, printed on crisis plans. Administrators keep the list current.</summary>
public sealed class HelpLine
{
    private HelpLine() { }

    public HelpLine(HelpLineDetails details) => Apply(details);

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The name printed on a discreet plan: it must not reveal violence or stalking.</summary>
    public string DiscreetName { get; private set; } = "";
    public string Number { get; private set; } = "";
    public string OpeningHours { get; private set; } = "";
    public string? Description { get; private set; }
    public int SortOrder { get; private set; }
    public Guid Version { get; set; }

    public void Update(HelpLineDetails details) => Apply(details);

    private void Apply(HelpLineDetails d)
    {
        d.Validate().ThrowIfInvalid();
        Name = d.Name!.Trim();
        DiscreetName = d.DiscreetName!.Trim();
        Number = d.Number!.Trim();
        OpeningHours = d.OpeningHours!.Trim();
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
        TextRules.Required(e, nameof(OpeningHours), OpeningHours, "Åbningstiden", 100);
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
