namespace Portal.Domain.Dashboards;

/// <summary>
/// The anonymised evaluation export, one row per case: its columns and what each means (the data dictionary handed to
/// the evaluator). No names, CPR numbers, addresses, phone numbers or free text; dates to the month; age in 5-year bands.
/// </summary>
public static class EvaluationColumns
{
    public static readonly IReadOnlyList<(string Name, string Meaning)> All =
    [
        ("kommune", "Den kommune, sagen hører til."),
        ("evaluerings_id", "Tilfældigt id for sagen i netop dette udtræk. Det er ikke sagsnummeret, og et nyt udtræk giver nye id'er."),
        ("oprettet_maaned", "Måneden sagen blev oprettet (ÅÅÅÅ-MM)."),
        ("afsluttet_maaned", "Måneden sagen blev afsluttet (ÅÅÅÅ-MM); tom hvis den er åben."),
        ("status", "Sagens status ved udtrækket: Modtaget, Visiteret, I forløb eller Afsluttet."),
        ("udfald", "Hvordan forløbet sluttede, valgt ved afslutning; tom for åbne sager og for sager lukket før udfald blev registreret."),
        ("sagstype", "Stalking, Partnervold, Stalking og partnervold eller Uafklaret."),
        ("indgang", "Hvor den første kontakt kom fra (borgeren selv, politi, jobcenter, skole, skadestue, krisecenter, sundhedspleje, borgerservice, andet)."),
        ("akut", "Ja hvis borgeren var i fare, da henvendelsen kom."),
        ("gentagelse", "Ja hvis borgerens forrige sag blev lukket under 12 måneder før (SafeLives' definition)."),
        ("aldersgruppe", "Borgerens alder ved sagens oprettelse i 5-års grupper (fx 25–29), 80+ eller Ukendt."),
        ("boern_i_husstanden", "Ja hvis der er børn i husstanden."),
        ("underretning", "Afgørelsen om underretning: Underrettet, IkkeNoedvendig, SkalUnderrettes eller tom."),
        ("risikoniveau", "Det seneste risikoniveau: Lav, Middel, Hoej eller tom hvis ikke vurderet."),
        ("instrument", "Det risikoinstrument og den version, niveauet kom fra."),
        ("henvisninger", "Antal henvisninger sendt på sagen."),
        ("henvisninger_modtager_status", "Hver henvisning som modtager:status, adskilt af |, fx Politi:Accepteret|Krisecenter:Afvist."),
        ("henvisninger_kvitteret_inden_frist", "Antal henvisninger som modtageren kvitterede for inden fristen."),
        ("arbejdsdage_til_taget", "Arbejdsdage fra den første henvendelse til visitator tog den (sagen blev oprettet)."),
        ("arbejdsdage_til_visitation", "Arbejdsdage fra den første henvendelse til stalkingvisitationen var gennemført; tom hvis ikke gennemført."),
        ("arbejdsdage_til_foerste_henvisning", "Arbejdsdage fra den første henvendelse til den første henvisning; tom hvis ingen."),
        ("arbejdsdage_til_kontaktperson", "Arbejdsdage fra den første henvendelse til sagen fik en fast kontaktperson; tom hvis ingen."),
        ("dage_aaben", "Kalenderdage fra oprettelse til afslutning; tom for åbne sager."),
    ];

    public static IReadOnlyList<string> Names => All.Select(c => c.Name).ToList();
}
