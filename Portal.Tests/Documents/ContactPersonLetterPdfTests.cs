using Portal.Domain.ContactPersons;
using Portal.Features.ContactPersons;

namespace Portal.Tests.Documents;

public class ContactPersonLetterPdfTests
{
    private static ContactPersonLetter Letter(LetterAddressDecision addressing) => new(
        "Esbjerg Kommune", "2026-0042", "Anne Jensen", addressing, "Sofie Bak", "Jobcenter", "76 16 31 10", "sofie.bak@kommune.example",
        new DateOnly(2026, 11, 24), new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_letter_to_the_home_has_the_address_block_and_how_to_reach_the_contact_person()
    {
        var words = PdfReading.AllWords(ContactPersonLetterPdf.Render(Letter(LetterAddressDecision.Home("Kongensgade 3, 6700 Esbjerg"))));
        var text = PdfReading.Phrases(words);

        Assert.Contains(" Anne Jensen Kongensgade 3 6700 Esbjerg ", text);
        Assert.Contains(" Din faste kontaktperson ", text);
        Assert.Contains(" Sofie Bak ", text);
        Assert.Contains(" 76 16 31 10 ", text);
        Assert.Contains("sofie.bak@kommune.example", words);
        Assert.Contains(" Dato: 24-11-2026 ", text);
        Assert.Contains(" Side 1 af 1 ", text);
        Assert.DoesNotContain("Udleveres", words);
    }

    [Fact]
    public void A_refused_letter_has_no_address_and_no_reason_but_says_it_is_handed_over()
    {
        var words = PdfReading.AllWords(ContactPersonLetterPdf.Render(Letter(LetterAddressDecision.Refused(LetterAddressing.AddressProtected))));
        var text = PdfReading.Phrases(words);

        Assert.Contains(" Udleveres personligt – sendes ikke med posten. ", text);
        Assert.DoesNotContain("beskyttet", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Kongensgade", text);
        Assert.Contains(" Sofie Bak ", text);
    }
}
