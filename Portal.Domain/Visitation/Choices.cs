namespace Portal.Domain.Visitation;

/// <summary>A choice shown as a checkbox or radio button: stored by <see cref="Value"/>, shown by <see cref="Label"/>.</summary>
public sealed record Choice(string Value, string Label);

/// <summary>The fixed answer lists of the visitation conversation.</summary>
public static class Choices
{
    public static readonly IReadOnlyList<Choice> Behaviours =
    [
        new("opkald", "Opkald, også fra skjult nummer"),
        new("beskeder", "Sms'er, beskeder eller mails"),
        new("forfoelgelse", "Følger efter borgeren"),
        new("venter-hjem", "Venter uden for hjemmet"),
        new("venter-arbejde", "Venter ved arbejde, skole eller uddannelse"),
        new("familie-kolleger", "Kontakter familie, venner eller kolleger"),
        new("online", "Chikane på nettet eller sociale medier"),
        new("sporing", "Sporer telefon, bil eller konti"),
        new("haervaerk", "Ødelægger eller beskadiger ting"),
        new("trusler", "Trusler"),
        new("vold", "Vold"),
        new("bestillinger", "Bestiller varer eller tjenester i borgerens navn"),
        new("gaver", "Sender gaver eller efterlader ting"),
    ];

    public static readonly IReadOnlyList<Choice> Frequencies =
    [
        new("enkeltstaaende", "Det er sket én gang"),
        new("sjaeldnere", "Sjældnere end hver uge"),
        new("ugentligt", "Hver uge"),
        new("flere-om-ugen", "Flere gange om ugen"),
        new("dagligt", "Hver dag eller flere gange dagligt"),
    ];

    public static readonly IReadOnlyList<Choice> Relations =
    [
        new("ekspartner", "Tidligere partner eller kæreste"),
        new("partner", "Nuværende partner"),
        new("familie", "Familie"),
        new("bekendt", "Bekendt, ven eller nabo"),
        new("kollega", "Kollega, studiekammerat eller kunde"),
        new("fremmed", "En fremmed"),
        new("ukendt", "Ved ikke, hvem det er"),
    ];

    public static readonly IReadOnlyList<Choice> Consequences =
    [
        new("frygt", "Er bange eller utryg"),
        new("soevn", "Sover dårligt"),
        new("sygemelding", "Sygemeldt eller fravær fra arbejde eller skole"),
        new("rutiner", "Har ændret rutiner, veje eller vaner"),
        new("flyttet", "Er flyttet eller overvejer at flytte"),
        new("isolation", "Trækker sig fra venner og fritidsliv"),
        new("boern", "Børn er påvirket"),
        new("oekonomi", "Økonomiske tab"),
    ];

    public static readonly IReadOnlyList<Choice> Advice =
    [
        new("haendelseslog", "Før en hændelseslog med dato, tid og hvad der skete"),
        new("beviser", "Gem beviser: beskeder, skærmbilleder, opkaldslister"),
        new("svar-ikke", "Svar ikke og tag ikke kontakt til den, der stalker"),
        new("fortael", "Fortæl arbejdsplads, familie og venner om det"),
        new("telefon-sikkerhed", "Tjek telefon og sociale medier: adgangskoder, deling af lokation"),
        new("anmeld", "Anmeld forholdet til politiet (straffelovens § 242)"),
        new("112", "Ring 112, hvis du er i fare"),
        new("raadgivning", "Tal med Dansk Stalking Centers rådgivning"),
    ];

    public static readonly IReadOnlyList<Choice> NextSteps =
    [
        new("politi", "Politiet: anmeldelse efter straffelovens § 242 og tilhold"),
        new("dsc", "Dansk Stalking Centers telefonrådgivning"),
        new("kommunalt-forloeb", "Kommunalt forløb med fast kontaktperson"),
        new("krisecenter", "Krisecenter"),
        new("andet", "Andet"),
    ];

    public static string LabelOf(IReadOnlyList<Choice> list, string value) =>
        list.FirstOrDefault(c => c.Value == value)?.Label ?? value;
}
