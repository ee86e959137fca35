using Portal.Domain.Cases;
using Portal.Domain.Citizens;

namespace Portal.Tests.Domain;

public class IntakeMatchingTests
{
    private static readonly DateOnly Born = new(1984, 3, 7);

    [Theory]
    [InlineData("Søren Aagaard", "Soeren Ågård")]
    [InlineData("Anne-Marie Jensen", "Anne Marie Jensen")]
    [InlineData("Søren Peter Aagaard", "Søren Aagaard")]
    [InlineData("Mette Kjærgaard", "Mette Kjaergård")]
    [InlineData("Jørgen Sørensen", "Jörgen Sörensen")]
    [InlineData("Christina Mortensen", "Christine Mortensen")]
    public void Name_variants_of_the_same_person_are_similar(string a, string b)
    {
        Assert.True(CitizenMatching.SimilarNames(a, b));
        Assert.Equal(MatchReason.BirthDateAndName, CitizenMatching.Match(new(a, null, Born, null), new(b, null, Born, null)));
    }

    [Theory]
    [InlineData("Søren Aagaard", "Søren Andersen")]
    [InlineData("Anne Jensen", "Anna Hansen")]
    [InlineData("Bo Ek", "Bo Eg")]
    public void Different_people_are_not_similar(string a, string b) => Assert.False(CitizenMatching.SimilarNames(a, b));

    [Fact]
    public void The_same_name_needs_the_same_birth_date()
    {
        Assert.Null(CitizenMatching.Match(new("Søren Aagaard", null, Born, null), new("Soeren Ågård", null, Born.AddDays(1), null)));
        Assert.Null(CitizenMatching.Match(new("Søren Aagaard", null, null, null), new("Søren Aagaard", null, null, null)));
    }

    [Fact]
    public void Cpr_first_then_birth_date_from_the_cpr_then_phone()
    {
        Assert.Equal(MatchReason.Cpr, CitizenMatching.Match(new("A", "070384-1234", null, null), new("B", "0703841234", null, null)));
        // Two different CPR numbers are two people, whatever the names.
        Assert.Null(CitizenMatching.Match(new("Søren Aagaard", "070384-1234", null, null), new("Søren Aagaard", "070384-1235", null, null)));
        Assert.Equal(MatchReason.BirthDateAndName,
            CitizenMatching.Match(new("Soeren Ågård", null, Born, null), new("Søren Aagaard", "070384-1234", null, null)));
        Assert.Equal(MatchReason.Phone, CitizenMatching.Match(new("X Y", null, null, "+45 20 30 40 50"), new("Z Q", null, null, "20304050")));
    }

    [Theory]
    [InlineData("Anne Birgitte Sørensen", "A. B. S.")]
    [InlineData("Anne-Marie Jensen", "A.-M. J.")]
    [InlineData("  åse   østergaard ", "Å. Ø.")]
    [InlineData("", "?")]
    public void Lists_show_initials(string name, string initials) => Assert.Equal(initials, NameMasking.Initials(name));

    [Fact]
    public void A_repeat_is_a_case_closed_less_than_12_months_before_the_inquiry()
    {
        var inquiry = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
        Assert.True(RepeatRule.IsRepeat(inquiry.AddMonths(-11), inquiry));
        Assert.False(RepeatRule.IsRepeat(inquiry.AddMonths(-13), inquiry));
        Assert.False(RepeatRule.IsRepeat(null, inquiry));          // still open: the inquiry belongs on that case
        Assert.False(RepeatRule.IsRepeat(inquiry.AddDays(1), inquiry));
    }
}
