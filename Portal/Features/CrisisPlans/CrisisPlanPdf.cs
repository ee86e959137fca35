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

    public static byte[] Render(CrisisPlanPrint plan, CrisisPlanVariant variant, byte[]? logo) =>
        Render(plan, variant, logo, CrisisPlanLanguageCatalog.Shipped.Danish);

    /// <summary>The plan with every fixed text in <paramref name="language"/>; what the counsellor typed stays as typed.</summary>
    public static byte[] Render(CrisisPlanPrint plan, CrisisPlanVariant variant, byte[]? logo, CrisisPlanLanguage language)
    {
        var l = language;
        var discreet = variant == CrisisPlanVariant.Diskret;
        var doc = new PdfDocumentBuilder().RightToLeft(l.RightToLeft).PageNumbers(l["footer.page"]);

        if (discreet)
        {
            // No header at all: no logo, no municipality. Metadata says no more than the page does.
            doc.Metadata(l["title.discreet"], "", plan.PrintedAt)
                .Footer(l.Format("footer.printed", DocumentDates.Date(plan.PrintedAt)))
                .Heading(l["title.discreet"]);
        }
        else
        {
            doc.Metadata($"{l["title.standard"]} – {plan.CaseNumber}", plan.MunicipalityName, plan.PrintedAt, l["title.standard"])
                .Header(plan.MunicipalityName, logo)
                .Footer(l.Format("footer.printedBy", DocumentDates.Date(plan.PrintedAt), plan.PrintedBy))
                .Heading(l["title.standard"]);
        }

        // The emergency number first, and where the other numbers are.
        var helpLinesNumber = CrisisPlanSections.Get(CrisisPlanSections.Keys.HelpLines).Number;
        doc.Callout(
            new TextRun(l["emergency.call"], Bold: true, Size: 15f),
            new TextRun($"\n{l["emergency.say"]} {l.Format("emergency.more", helpLinesNumber)}", Size: TextSize));

        doc.KeyValueTable(discreet
            ?
            [
                (l["info.name"], FirstName(plan.CitizenName)),
                (l["info.saved"], l.Format("info.savedValue", DocumentDates.Date(plan.SavedAt), plan.VersionNumber)),
            ]
            :
            [
                (l["info.citizen"], plan.CitizenName),
                (l["info.case"], plan.CaseNumber),
                (l["info.version"], l.Format("info.versionValue", plan.VersionNumber, DocumentDates.Date(plan.SavedAt), plan.SavedByName)),
                (l["info.contactPerson"], plan.ContactPersonName ?? l["info.noContactPerson"]),
            ], 0.28f, TextSize);

        foreach (var section in CrisisPlanSections.All)
        {
            var title = discreet
                ? Neutral(l, SectionText(l, section, "discreet", section.DiscreetTitle), l.Format("section.fallback", section.Number))
                : SectionText(l, section, "title", section.Title);
            doc.Heading($"{section.Number}. {title}", 2);
            AddSection(doc, section, plan, discreet, l);
        }

        return doc.Render();
    }

    // A section added to the domain without a text in the language files prints its Danish title.
    private static string SectionText(CrisisPlanLanguage l, CrisisPlanSection section, string kind, string danish) =>
        l.Texts.TryGetValue($"section.{section.Key}.{kind}", out var text) ? text : danish;

    /// <summary>The first word of the name only: the citizen recognises her copy, a finder learns little.</summary>
    public static string FirstName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";

    /// <summary>The file name offered to the browser; the discreet one says nothing about the case.</summary>
    public static string FileName(CrisisPlanPrint plan, CrisisPlanVariant variant) =>
        variant == CrisisPlanVariant.Diskret ? "mine-aftaler.pdf" : $"kriseplan-{plan.CaseNumber}.pdf";

    private static void AddSection(PdfDocumentBuilder doc, CrisisPlanSection section, CrisisPlanPrint plan, bool discreet, CrisisPlanLanguage l)
    {
        var c = plan.Content;
        switch (section.Key)
        {
            case CrisisPlanSections.Keys.Warning: Text(doc, c.WarningSigns, l); break;
            case CrisisPlanSections.Keys.Danger: Text(doc, c.DangerNow, l); break;
            case CrisisPlanSections.Keys.Places: Text(doc, c.SafePlaces, l); break;
            case CrisisPlanSections.Keys.Children: Text(doc, c.Children, l); break;
            case CrisisPlanSections.Keys.Agreements: Text(doc, c.Agreements, l); break;
            case CrisisPlanSections.Keys.People: TrustedPeople(doc, c.TrustedPeople, l); break;
            case CrisisPlanSections.Keys.HelpLines: HelpLines(doc, plan.HelpLines, discreet, l); break;
            case CrisisPlanSections.Keys.Digital: Checklist(doc, CrisisPlanSections.Keys.Digital, CrisisPlanSections.DigitalSafetyItems, c.DigitalSafety, c.DigitalSafetyNotes, l); break;
            case CrisisPlanSections.Keys.GoBag: Checklist(doc, CrisisPlanSections.Keys.GoBag, CrisisPlanSections.GoBagItems, c.GoBag, c.GoBagNotes, l); break;
            case CrisisPlanSections.Keys.Review:
                if (c.NextReview is { } review) doc.Paragraph(new TextRun(DocumentDates.Date(review), Bold: true, Size: TextSize));
                else Empty(doc, l);
                break;
            default:
                // A section added to the domain later still prints, as its plain text.
                Text(doc, section.Text(c), l);
                break;
        }
    }

    private static void Text(PdfDocumentBuilder doc, string? text, CrisisPlanLanguage l)
    {
        if (string.IsNullOrWhiteSpace(text)) Empty(doc, l);
        else doc.Paragraph(new TextRun(text.Trim(), Size: TextSize));
    }

    private static void Empty(PdfDocumentBuilder doc, CrisisPlanLanguage l) => doc.Paragraph(new TextRun(l["empty"], Size: TextSize));

    private static void TrustedPeople(PdfDocumentBuilder doc, IReadOnlyList<TrustedPerson> people, CrisisPlanLanguage l)
    {
        if (people.Count == 0)
        {
            Empty(doc, l);
            return;
        }

        doc.Table([l["people.name"], l["people.phone"], l["people.codeWord"]], people.Select(p => (IReadOnlyList<string>)[p.Name, p.Phone, p.CodeWord ?? ""]),
            [0.45f, 0.25f, 0.30f], TextSize, keepTogether: true);
    }

    private static string HoursOf(HelpLine h, CrisisPlanLanguage l) => h.HasOpeningHours ? h.OpeningHours : l["helplines.hoursUnknown"];

    private static void HelpLines(PdfDocumentBuilder doc, IReadOnlyList<HelpLine> lines, bool discreet, CrisisPlanLanguage l)
    {
        if (lines.Count == 0)
        {
            Empty(doc, l);
            return;
        }

        // The discreet name is checked when an administrator saves it; checking again here keeps a
        // help line saved before that rule (or edited in the database) from revealing the paper.
        var rows = lines.Select(h => (IReadOnlyList<string>)(discreet
            ? [Neutral(l, h.DiscreetName, l["helplines.discreetFallback"]), h.Number, Neutral(l, HoursOf(h, l), "")]
            : [string.IsNullOrWhiteSpace(h.Description) ? h.Name : $"{h.Name}\n{h.Description}", h.Number, HoursOf(h, l)]));
        // Kept on one page: the numbers are looked up in a hurry.
        doc.Table([l["helplines.name"], l["helplines.number"], l["helplines.open"]], rows, [0.52f, 0.18f, 0.30f], TextSize, keepTogether: true);
    }

    private static void Checklist(
        PdfDocumentBuilder doc, string prefix, IReadOnlyList<string> items, IReadOnlyList<string> chosen, string? notes, CrisisPlanLanguage l)
    {
        if (chosen.Count == 0 && string.IsNullOrWhiteSpace(notes)) Empty(doc, l);

        // The plan saves the Danish item; a fixed item prints in the plan's language, an item the counsellor added as typed.
        static string Key(string item) => item.Trim().ToUpperInvariant();
        var chosenKeys = chosen.Select(Key).ToHashSet();
        var known = items.Select(Key).ToHashSet();
        var all = items.Select((item, i) => new CheckboxItem(l[$"{prefix}.{i + 1}"], chosenKeys.Contains(Key(item))))
            .Concat(chosen.Where(i => !string.IsNullOrWhiteSpace(i) && !known.Contains(Key(i))).Select(i => new CheckboxItem(i.Trim(), true)));
        doc.CheckboxList(all, TextSize);

        if (!string.IsNullOrWhiteSpace(notes))
        {
            doc.Paragraph(new TextRun(l["notes"] + " ", Bold: true, Size: TextSize), new TextRun(notes.Trim(), Size: TextSize));
        }
    }

    // Checked in Danish (help lines are typed in Danish) and in the print's language.
    private static string Neutral(CrisisPlanLanguage l, string text, string fallback) => DiscreetWords.Reveals(text) || l.Reveals(text) ? fallback : text;
}
