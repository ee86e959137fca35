using Portal.Domain.Citizens;

namespace Portal.Tests.Domain;

public class SearchKeyTests
{
    [Theory]
    [InlineData("Søren ØSTERGAARD", "søren østergaard")]
    [InlineData("  Åse   Ærø  ", "åse ærø")]
    [InlineData("A\u030Ase", "åse")]        // å typed as a + combining ring
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_name_is_searched_composed_lower_case_and_with_single_spaces(string? name, string key) =>
        Assert.Equal(key, SearchKey.For(name));

    [Fact]
    public void A_citizen_keeps_the_key_of_the_name_it_has()
    {
        var citizen = new Citizen(new CitizenDetails { Name = "Åse Østergaard", MayCall = false });
        Assert.Equal("åse østergaard", citizen.SearchName);
        citizen.Update(new CitizenDetails { Name = "Ærø Jensen", MayCall = false });
        Assert.Equal("ærø jensen", citizen.SearchName);
    }
}
