using Portal.Domain.Citizens;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

public class CitizenDetailsTests
{
    private static CitizenDetails Valid() => new() { Name = "Anne Jensen", Phone = "20 30 40 50", Cpr = "010190-1234" };

    [Fact]
    public void Valid_details_have_no_errors() => Assert.True(Valid().Validate().IsValid);

    [Fact]
    public void Name_is_required()
    {
        var d = Valid();
        d.Name = "  ";
        Assert.Equal("Navn skal udfyldes.", d.Validate()["Name"]);
    }

    [Fact]
    public void Name_has_a_maximum_length()
    {
        var d = Valid();
        d.Name = new string('a', CitizenDetails.NameMax + 1);
        Assert.Equal("Navn må højst være 200 tegn (der er 201).", d.Validate()["Name"]);
    }

    [Theory]
    [InlineData("12345678", "12 34 56 78")]
    [InlineData("+45 12 34 56 78", "12 34 56 78")]
    [InlineData("0045-12345678", "12 34 56 78")]
    [InlineData("+46 70 123 45 67", "+46701234567")]
    public void Phone_numbers_are_normalised(string input, string expected)
    {
        Assert.True(PhoneNumber.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("12 34 56 7a")]
    [InlineData("+4")]
    public void Bad_phone_numbers_get_a_danish_message(string input)
    {
        var d = Valid();
        d.Phone = input;
        Assert.Equal(PhoneNumber.Error, d.Validate()["Phone"]);
    }

    [Fact]
    public void Bad_cpr_is_reported_on_the_cpr_field()
    {
        var d = Valid();
        d.Cpr = "310290-1234";
        Assert.Equal("CPR-nummeret indeholder ikke en gyldig fødselsdato.", d.Validate()["Cpr"]);
    }

    [Theory]
    [InlineData("anne@eksempel")]
    [InlineData("anne.eksempel.dk")]
    [InlineData("Anne <anne@eksempel.dk>")]
    [InlineData("🧕🏽@eksempel.dk")]
    [InlineData("anne@eksempel.🇩🇰")]
    [InlineData("an ne@eksempel.dk")]
    [InlineData("anne..jensen@eksempel.dk")]
    [InlineData("anne@-eksempel.dk")]
    [InlineData("anne@@eksempel.dk")]
    [InlineData("anne@eksempel.d")]
    public void Bad_email_is_rejected(string email)
    {
        var d = Valid();
        d.Email = email;
        Assert.Equal("E-mailadressen er ikke gyldig, fx navn@eksempel.dk.", d.Validate()["Email"]);
    }

    [Theory]
    [InlineData("anne@eksempel.dk")]
    [InlineData("anne.m.jensen+sag@kommune.esbjerg.dk")]
    [InlineData("soeren@grønnegård.dk")]
    [InlineData("o'brien@example.co.uk")]
    public void Ordinary_email_addresses_are_accepted(string email)
    {
        var d = Valid();
        d.Email = email;
        Assert.Null(d.Validate()["Email"]);
    }

    [Fact]
    public void Sms_needs_a_phone_number()
    {
        var d = Valid();
        d.Phone = null;
        d.Email = "anne@eksempel.dk";
        d.MaySendSms = true;
        Assert.Equal("Der skal være et telefonnummer, når borgeren må få sms.", d.Validate()["Phone"]);
    }

    [Fact]
    public void A_citizen_cannot_be_created_from_invalid_details()
    {
        var d = Valid();
        d.Cpr = "999999-9999";
        var ex = Assert.Throws<DomainValidationException>(() => new Citizen(d));
        Assert.Equal("CPR-nummeret indeholder ikke en gyldig fødselsdato.", ex.Errors["Cpr"]);
    }

    [Fact]
    public void Invalid_update_changes_nothing()
    {
        var citizen = new Citizen(Valid());
        var bad = Valid();
        bad.Name = "Ny Navn";
        bad.Phone = "123";
        Assert.Equal(PhoneNumber.Error, Assert.Throws<DomainValidationException>(() => citizen.Update(bad)).Errors["Phone"]);
        Assert.Equal("Anne Jensen", citizen.Name);
        Assert.Equal("20 30 40 50", citizen.Phone);
    }

    [Fact]
    public void Update_stores_normalised_values()
    {
        var citizen = new Citizen(Valid());
        var d = Valid();
        d.Cpr = "0101901234";
        d.Phone = "+4511223344";
        d.Address = "  Torvegade 1, 6700 Esbjerg ";
        citizen.Update(d);
        Assert.Equal("010190-1234", citizen.Cpr);
        Assert.Equal("11 22 33 44", citizen.Phone);
        Assert.Equal("Torvegade 1, 6700 Esbjerg", citizen.Address);
    }
}
