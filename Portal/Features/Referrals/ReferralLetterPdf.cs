using System.Globalization;
using Portal.Documents;
using Portal.Domain.Calendar;
using Portal.Domain.Referrals;

namespace Portal.Features.Referrals;

/// <summary>
/// The referral letter: who refers whom to whom, why, on what basis, and the shared information —
/// only the items the referral shares. A referral has no address item, so the letter never holds one.
/// </summary>
public static class ReferralLetterPdf
{
    public static byte[] Render(ReferralLetter letter)
    {
        var pdf = new PdfDocumentBuilder()
            .Metadata($"Henvisning til {letter.RecipientText}", letter.Municipality, letter.PrintedAt, $"Sag {letter.CaseNumber}")
            .Header($"{letter.Municipality} · Henvisning · Fortroligt")
            .Footer($"Udskrevet {Date(letter.PrintedAt)} af {letter.PrintedBy}. Indeholder personoplysninger – må kun bruges til formålet.")
            .Heading($"Henvisning til {letter.RecipientText}")
            .KeyValueTable(
            [
                ("Modtager", letter.RecipientText),
                ("Hastegrad", letter.Urgency.Danish()),
                ("Sendt", $"{Date(letter.SentAt)} af {letter.SentByName}{(letter.SentByDepartment.Length > 0 ? $", {letter.SentByDepartment}" : "")}"),
                ("Svar senest", $"{Date(letter.DeadlineAt)} – bekræft venligst modtagelsen"),
                ("Vores sagsnummer", letter.CaseNumber),
                ("Grundlag for videregivelse", letter.Basis),
            ])
            .Heading("Formål", 2)
            .Paragraph(letter.Purpose)
            .Heading("Oplysninger, der deles", 2)
            .Paragraph(new TextRun("Kun de oplysninger, som er nævnt nedenfor, er delt med modtageren.", Size: PdfStyle.SmallSize));

        foreach (var section in letter.Shared)
        {
            pdf.Heading(section.Title, 3);
            if (section.TableHeader is { } header && section.TableRows is { } rows)
                pdf.Table(header, rows, [0.23f, 0.47f, 0.18f, 0.12f]);
            else if (section.Lines.Count == 1)
                pdf.Paragraph(section.Lines[0]);
            else
                pdf.BulletList(section.Lines);
        }

        pdf.Spacer(12)
            .Paragraph($"Henvisningen følges op af {letter.SentByName}. Bekræft venligst modtagelsen senest {Date(letter.DeadlineAt)}.");
        return pdf.Render();
    }

    private static string Date(DateTimeOffset at) => DanishTime.Today(at).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
