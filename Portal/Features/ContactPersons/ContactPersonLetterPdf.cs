using System.Globalization;
using Portal.Documents;

namespace Portal.Features.ContactPersons;

/// <summary>
/// The letter "Din faste kontaktperson". With an address block only when the letter may go to the home;
/// otherwise it is made without any address, marked for hand-over in person. Never prints a protected address.
/// </summary>
public static class ContactPersonLetterPdf
{
    public const string Title = "Din faste kontaktperson";
    public const string HandOverInPerson = "Udleveres personligt";

    public static byte[] Render(ContactPersonLetter letter) => Build(letter).Render();

    public static PdfDocumentBuilder Build(ContactPersonLetter l)
    {
        var date = l.Date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        var doc = new PdfDocumentBuilder()
            .Metadata(Title, l.MunicipalityName, l.CreatedAt, "Brev til borgeren")
            .Header(l.MunicipalityName)
            .Footer($"Sag {l.CaseNumber} · {date}");

        if (l.Addressing is { MaySendHome: true, Address: { } address })
        {
            doc.Paragraph(l.CitizenName);
            foreach (var line in address.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                doc.Paragraph(line);
        }
        else
        {
            // No reason is printed: the letter may be seen by others than the citizen.
            doc.Paragraph($"{HandOverInPerson} – sendes ikke med posten.", bold: true);
        }

        doc.Spacer(12)
            .Paragraph($"Dato: {date}")
            .Heading(Title)
            .Paragraph($"Kære {l.CitizenName}")
            .Paragraph($"Du har nu en fast kontaktperson hos {l.MunicipalityName}. Det er {l.ContactPersonName}. " +
                $"{l.ContactPersonName} følger din sag, holder styr på aftalerne og er den, du kan kontakte, når du har spørgsmål, " +
                "eller når der sker noget nyt. Du skal ikke fortælle din historie forfra til nye mennesker.")
            .KeyValueTable([
                ("Kontaktperson", l.ContactPersonName),
                ("Afdeling", l.ContactPersonDepartment),
                ("Telefon", l.ContactPersonPhone ?? $"Ring til {l.MunicipalityName}s hovednummer og spørg efter {l.ContactPersonName}"),
                ("E-mail", l.ContactPersonEmail ?? "Brug Digital Post"),
            ])
            .Paragraph("Skriv ikke følsomme oplysninger i en almindelig e-mail. Brug Digital Post, eller ring.", size: PdfStyle.SmallSize)
            .Paragraph("Vi kontakter dig kun på de måder, du har sagt ja til. Hvis det ændrer sig, så sig det til din kontaktperson.")
            .Paragraph("Er du i fare, så ring 112.", bold: true)
            .Spacer(8)
            .Paragraph("Venlig hilsen")
            .Paragraph(l.ContactPersonName)
            .Paragraph(l.MunicipalityName);
        return doc;
    }
}
