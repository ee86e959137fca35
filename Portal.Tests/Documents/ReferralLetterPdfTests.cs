using Portal.Domain.Referrals;
using Portal.Features.Referrals;
using static Portal.Tests.Documents.PdfReading;

namespace Portal.Tests.Documents;

public class ReferralLetterPdfTests
{
    private static ReferralLetter Letter(params SharedSection[] shared) => new(
        "Esbjerg Kommune", 7, "2026-0042", "Politiet", ReferralUrgency.Haster, "Borgeren ønsker at anmelde stalking.",
        new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), "Sofie Bak", "Jobcenter",
        new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), "Borgerens samtykke (mundtligt), givet 20-11-2026, gælder til 20-11-2027",
        shared, new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), "Jens Kragh");

    [Fact]
    public void The_letter_holds_the_referral_its_basis_and_the_shared_sections()
    {
        var pdf = ReferralLetterPdf.Render(Letter(
            new SharedSection(SharedItem.Navn, "Navn", ["Anne Jensen"]),
            new SharedSection(SharedItem.Haendelseslog, "Hændelseslog", [], ReferralContent.IncidentHeader,
                [["21-11-2026 kl. 18:30", "Fulgte efter mig fra arbejdet.", "Ved Netto", "Ja"]])));

        var text = Phrases(AllWords(pdf));
        Assert.Contains(" Henvisning til Politiet ", text);
        Assert.Contains(" Anne Jensen ", text);
        Assert.Contains(" Fulgte efter mig fra arbejdet. ", text);
        Assert.Contains(" 01-12-2026 ", text);
        Assert.Contains(" samtykke (mundtligt), ", text);
        Assert.Contains(" Side 1 af 1 ", text);
    }

    [Fact]
    public void The_letter_holds_nothing_that_was_not_shared()
    {
        var pdf = ReferralLetterPdf.Render(Letter(new SharedSection(SharedItem.Telefon, "Telefonnummer", ["20 30 40 50"])));

        var text = Phrases(AllWords(pdf));
        Assert.Contains(" 20 30 40 50 ", text);
        Assert.DoesNotContain("CPR", text);
        Assert.DoesNotContain("Hændelseslog", text);
        Assert.DoesNotContain("Kriseplan", text);
    }
}
