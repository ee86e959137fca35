using Portal.Domain.Citizens;

namespace Portal.Tests.Domain;

public class CprTests
{
    [Theory]
    [InlineData("010190-1234", "010190-1234", 1990, 1, 1)]
    [InlineData("0101901234", "010190-1234", 1990, 1, 1)]
    [InlineData(" 290200 4123 ", "290200-4123", 2000, 2, 29)]   // 7th digit 4, yy<=36 → 2000 (a leap year)
    [InlineData("150537-4000", "150537-4000", 1937, 5, 15)]     // 7th digit 4, yy>=37 → 1900
    [InlineData("010110-5000", "010110-5000", 2010, 1, 1)]      // 7th digit 5, yy<=57 → 2000
    [InlineData("010190-5000", "010190-5000", 1890, 1, 1)]      // 7th digit 5, yy>=58 → 1800
    [InlineData("311299-9999", "311299-9999", 1999, 12, 31)]    // 7th digit 9, yy>=37 → 1900
    [InlineData("010105-9999", "010105-9999", 2005, 1, 1)]      // 7th digit 9, yy<=36 → 2000
    public void Accepts_valid_numbers_and_derives_the_birth_date(string input, string normalized, int year, int month, int day)
    {
        Assert.True(Cpr.TryParse(input, out var cpr, out var error), error);
        Assert.Equal(normalized, cpr.Value);
        Assert.Equal(new DateOnly(year, month, day), cpr.BirthDate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("010190-12345")]
    [InlineData("01019a-1234")]
    [InlineData("010190+1234")]
    public void Rejects_wrong_format_with_a_danish_message(string input)
    {
        Assert.False(Cpr.TryParse(input, out _, out var error));
        Assert.Equal("CPR-nummeret skal have 10 cifre, fx 010190-1234.", error);
    }

    [Theory]
    [InlineData("320190-1234")]   // day 32
    [InlineData("001290-1234")]   // day 0
    [InlineData("011390-1234")]   // month 13
    [InlineData("290201-1234")]   // 29 Feb 1901 is not a leap day
    [InlineData("290200-1234")]   // 7th digit 1 → 1900, and 1900 was not a leap year
    [InlineData("310490-1234")]   // 31 April
    public void Rejects_numbers_without_a_real_birth_date(string input)
    {
        Assert.False(Cpr.TryParse(input, out _, out var error));
        Assert.Equal("CPR-nummeret indeholder ikke en gyldig fødselsdato.", error);
    }

    [Fact]
    public void Does_not_apply_the_abandoned_modulus_11_check()
    {
        // 010190-1235 fails modulus 11 but is a valid format and date; such numbers are issued since 2007.
        Assert.True(Cpr.TryParse("010190-1235", out _, out _));
    }
}
