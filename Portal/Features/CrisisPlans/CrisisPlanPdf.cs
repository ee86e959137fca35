using Portal.Documents;
using Portal.Domain.CrisisPlans;
using Portal.Domain.HelpLines;

namespace Portal.Features.CrisisPlans;

/// <summary>
/// Standard: the municipality's crisis plan with logo, case number and names. Diskret: the same help
/// for a citizen who may be found with the paper — titled "Mine aftaler", without logo, municipality,
/// case number, surname or staff names, and with no generated word that reveals violence or stalking.
/// </summary>
public enum CrisisPlanVariant
{
    Standard,
    Diskret,
}

/// <summary>The printed crisis plan. Holds no address, because <see cref="CrisisPlanPrint"/> carries none.</summary>
public static class CrisisPlanPdf
{
    public const string StandardTitle = "Kriseplan";
    public const string DiscreetTitle = "Mine aftaler";
    public const string EmptySection = "Ikke udfyldt endnu.";
    public const string Emergency = "Ring 112 ved akut fare";
    public const string EmergencyHelp = "Sig, hvor du er, og at du er i fare.";

    private const float TextSize = 11f;

    public static byte[] Render(CrisisPlanPrint plan, CrisisPlanVariant variant, byte[]? logo)
    {
        var discreet = variant == CrisisPlanVariant.Diskret;
        var doc = new PdfDocumentBuilder();

        if (discreet)
        {
            // No header at all: no logo, no municipality. Metadata says no more than the page does.
            doc.Metadata(DiscreetTitle, "", plan.PrintedAt)
                .Footer($"Udskrevet {DocumentDates.Date(plan.PrintedAt)}")
                .Heading(DiscreetTitle);
        }
        else
        {
            doc.Metadata($"{StandardTitle} – sag {plan.CaseNumber}", plan.MunicipalityName, plan.PrintedAt, StandardTitle)
                .Header(plan.MunicipalityName, logo)
                .Footer($"Udskrevet {DocumentDates.Date(plan.PrintedAt)} af {plan.PrintedBy}")
                .Heading(StandardTitle);
        }

        // The emergency number first, and where the other numbers are.
        var helpLinesNumber = CrisisPlanSections.All.ToList().FindIndex(s => s.Key == "helplines") + 1;
        doc.Callout(
            new TextRun(Emergency, Bold: true, Size: 15f),
            new TextRun($"\n{EmergencyHelp}{(helpLinesNumber > 0 ? $" Flere numre står under punkt {helpLinesNumber}." : "")}", Size: TextSize));

        doc.KeyValueTable(discreet
            ?
            [
                ("Navn", FirstName(plan.CitizenName)),
                ("Gemt", $"{DocumentDates.Date(plan.SavedAt)} (version {plan.VersionNumber})"),
            ]
            :
            [
                ("Borger", plan.CitizenName),
                ("Sagsnummer", plan.CaseNumber),
                ("Version", $"Version {plan.VersionNumber}, gemt {DocumentDates.Date(plan.SavedAt)} af {plan.SavedByName}"),
                ("Kontaktperson", plan.ContactPersonName ?? "Ikke tildelt endnu"),
            ], 0.28f, TextSize);

        var number = 0;
        foreach (var section in CrisisPlanSections.All)
        {
            number++;
            var title = discreet ? Neutral(section.DiscreetTitle, $"Punkt {number}") : section.Title;
            doc.Heading($"{number}. {title}", 2);
            AddSection(doc, section, plan, discreet);
        }

        return doc.Render();
    }

    /// <summary>The first word of the name only: the citizen recognises her copy, a finder learns little.</summary>
    public static string FirstName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";

    /// <summary>The file name offered to the browser; the discreet one says nothing about the case.</summary>
    public static string FileName(CrisisPlanPrint plan, CrisisPlanVariant variant) =>
        variant == CrisisPlanVariant.Diskret ? "mine-aftaler.pdf" : $"kriseplan-{plan.CaseNumber}.pdf";

    private static void AddSection(PdfDocumentBuilder doc, CrisisPlanSection section, CrisisPlanPrint plan, bool discreet)
    {
        var c = plan.Content;
        switch (section.Key)
        {
            case "warning": Text(doc, c.WarningSigns); break;
            case "danger": Text(doc, c.DangerNow); break;
            case "places": Text(doc, c.SafePlaces); break;
            case "children": Text(doc, c.Children); break;
            case "agreements": Text(doc, c.Agreements); break;
            case "people": TrustedPeople(doc, c.TrustedPeople); break;
            case "helplines": HelpLines(doc, plan.HelpLines, discreet); break;
            case "digital": Checklist(doc, CrisisPlanSections.DigitalSafetyItems, c.DigitalSafety, c.DigitalSafetyNotes); break;
            case "gobag": Checklist(doc, CrisisPlanSections.GoBagItems, c.GoBag, c.GoBagNotes); break;
            case "review":
                if (c.NextReview is { } review) doc.Paragraph(new TextRun(DocumentDates.Date(review), Bold: true, Size: TextSize));
                else Empty(doc);
                break;
            default:
                // A section added to the domain later still prints, as its plain text.
                Text(doc, section.Text(c));
                break;
        }
    }

    private static void Text(PdfDocumentBuilder doc, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) Empty(doc);
        else doc.Paragraph(new TextRun(text.Trim(), Size: TextSize));
    }

    private static void Empty(PdfDocumentBuilder doc) => doc.Paragraph(new TextRun(EmptySection, Size: TextSize));

    private static void TrustedPeople(PdfDocumentBuilder doc, IReadOnlyList<TrustedPerson> people)
    {
        if (people.Count == 0)
        {
            Empty(doc);
            return;
        }

        doc.Table(["Navn", "Telefon", "Kodeord"], people.Select(p => (IReadOnlyList<string>)[p.Name, p.Phone, p.CodeWord ?? ""]),
            [0.45f, 0.25f, 0.30f], TextSize, keepTogether: true);
    }

    private static string HoursOf(HelpLine h) => h.HasOpeningHours ? h.OpeningHours : "Ikke oplyst";

    private static void HelpLines(PdfDocumentBuilder doc, IReadOnlyList<HelpLine> lines, bool discreet)
    {
        if (lines.Count == 0)
        {
            Empty(doc);
            return;
        }

        // The discreet name is checked when an administrator saves it; checking again here keeps a
        // help line saved before that rule (or edited in the database) from revealing the paper.
        var rows = lines.Select(h => (IReadOnlyList<string>)(discreet
            ? [Neutral(h.DiscreetName, "Telefonnummer"), h.Number, Neutral(HoursOf(h), "")]
            : [string.IsNullOrWhiteSpace(h.Description) ? h.Name : $"{h.Name}\n{h.Description}", h.Number, HoursOf(h)]));
        // Kept on one page: the numbers are looked up in a hurry.
        doc.Table(["Navn", "Nummer", "Åbent"], rows, [0.52f, 0.18f, 0.30f], TextSize, keepTogether: true);
    }

    private static void Checklist(PdfDocumentBuilder doc, IReadOnlyList<string> items, IReadOnlyList<string> chosen, string? notes)
    {
        if (chosen.Count == 0 && string.IsNullOrWhiteSpace(notes)) Empty(doc);

        static string Key(string item) => item.Trim().ToUpperInvariant();
        var chosenKeys = chosen.Select(Key).ToHashSet();
        var known = items.Select(Key).ToHashSet();
        var all = items.Select(i => new CheckboxItem(i, chosenKeys.Contains(Key(i))))
            .Concat(chosen.Where(i => !string.IsNullOrWhiteSpace(i) && !known.Contains(Key(i))).Select(i => new CheckboxItem(i.Trim(), true)));
        doc.CheckboxList(all, TextSize);

        if (!string.IsNullOrWhiteSpace(notes))
        {
            doc.Paragraph(new TextRun("Noter: ", Bold: true, Size: TextSize), new TextRun(notes.Trim(), Size: TextSize));
        }
    }

    private static string Neutral(string text, string fallback) => DiscreetWords.Reveals(text) ? fallback : text;
}
