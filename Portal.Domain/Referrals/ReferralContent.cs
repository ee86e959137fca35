using System.Globalization;
using Portal.Domain.Calendar;
using Portal.Domain.Citizens;
using Portal.Domain.CrisisPlans;
using Portal.Domain.Incidents;
using Portal.Domain.Risk;

namespace Portal.Domain.Referrals;

/// <summary>What the case holds that a referral may draw on.</summary>
public sealed record ReferralSources(
    Citizen Citizen,
    RiskLevel? RiskLevel,
    string? RiskInstrument,
    DateTimeOffset? RiskAssessedAt,
    IReadOnlyList<Incident> Incidents,
    CrisisPlanContent? CrisisPlan,
    DateTimeOffset? CrisisPlanSavedAt,
    string? VisitationSummary);

/// <summary>One shared item as the recipient sees it: lines of text, or a table.</summary>
public sealed record SharedSection(
    SharedItem Item,
    string Title,
    IReadOnlyList<string> Lines,
    IReadOnlyList<string>? TableHeader = null,
    IReadOnlyList<IReadOnlyList<string>>? TableRows = null);

/// <summary>
/// The information a referral passes on — the chosen items and nothing else. Used for the letter and
/// for what the police see on screen. There is no address item, so no address (protected or not) can appear.
/// </summary>
public static class ReferralContent
{
    public const string NotGiven = "Ikke oplyst";

    public static readonly IReadOnlyList<string> IncidentHeader = ["Dato", "Hvad skete der", "Sted", "Anmeldt"];

    public static IReadOnlyList<SharedSection> For(Referral referral, ReferralSources s) =>
        referral.Items.Select(item => Section(item, referral, s)).ToList();

    private static SharedSection Section(SharedItem item, Referral r, ReferralSources s) => item switch
    {
        SharedItem.Navn => Lines(item, "Navn", s.Citizen.Name),
        SharedItem.Cpr => Lines(item, "CPR-nummer", s.Citizen.Cpr ?? NotGiven),
        // The rules for calling travel with the number, first, whether or not "Sikker kontakt" was chosen.
        SharedItem.Telefon => Lines(item, "Telefonnummer",
            [.. SafeContactGuidance.Lines(s.Citizen.SafeContact).Select(rule => $"OBS: {rule}"), s.Citizen.Phone ?? NotGiven]),
        SharedItem.SikkerKontakt => Lines(item, "Sikker kontakt", SafeContactLines(s.Citizen.SafeContact)),
        SharedItem.Risikoniveau => Lines(item, "Risikoniveau", s.RiskLevel is { } level
            ? $"{level.Danish()}{(s.RiskInstrument is { } i ? $" ({i}" + (s.RiskAssessedAt is { } at ? $", vurderet {Date(at)})" : ")") : "")}"
            : "Der er ikke foretaget en risikovurdering."),
        SharedItem.Haendelseslog => s.Incidents.Count == 0
            ? Lines(item, "Hændelseslog", "Der er ikke registreret hændelser.")
            : new SharedSection(item, "Hændelseslog", [], IncidentHeader, s.Incidents
                .OrderBy(i => i.Date).ThenBy(i => i.Time)
                .Select(i => (IReadOnlyList<string>)
                [
                    Date(i.Date) + (i.Time is { } t ? " kl. " + t.ToString("HH\\:mm", CultureInfo.InvariantCulture) : ""),
                    i.WhatHappened, i.Place ?? "", i.ReportedToPolice ? "Ja" : "Nej",
                ]).ToList()),
        SharedItem.Kriseplan => s.CrisisPlan is { } plan
            ? Lines(item, "Kriseplan" + (s.CrisisPlanSavedAt is { } saved ? $" (senest gemt {Date(saved)})" : ""), CrisisPlanSections.All
                .Select(section => (section.Title, Text: section.Text(plan).Trim()))
                .Where(x => x.Text.Length > 0)
                .Select(x => $"{x.Title}: {x.Text.Replace("\n", "; ", StringComparison.Ordinal)}")
                .ToArray())
            : Lines(item, "Kriseplan", "Der er ikke lavet en kriseplan."),
        SharedItem.Visitationsresume => Lines(item, "Resumé af stalkingvisitationen", string.IsNullOrWhiteSpace(s.VisitationSummary)
            ? ["Der er ikke registreret en stalkingvisitation."]
            : s.VisitationSummary.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray()),
        SharedItem.Supplerende => Lines(item, "Supplerende oplysninger", r.FreeText ?? ""),
        _ => Lines(item, item.Danish(), NotGiven),
    };

    private static SharedSection Lines(SharedItem item, string title, params string[] lines) => new(item, title, lines);

    private static string[] SafeContactLines(SafeContact c) =>
    [
        "Må ringes op: " + YesNo(c.MayCall),
        "Må få besked på telefonsvarer: " + YesNo(c.MayLeaveVoicemail),
        "Må få sms: " + YesNo(c.MaySendSms),
        "Må få breve hjem: " + YesNo(c.MaySendLettersHome),
        .. c.SafeTimes is { } times ? new[] { "Træffes sikkert: " + times } : [],
    ];

    private static string YesNo(bool value) => value ? "ja" : "nej";

    private static string Date(DateTimeOffset at) => DanishTime.Today(at).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
