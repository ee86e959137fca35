using Microsoft.Extensions.Configuration;

namespace Portal.Tests.Configuration;

public class MunicipalityTests
{
    private static Municipality From(Dictionary<string, string?> settings) =>
        Municipality.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Fact]
    public void Reads_the_name_and_contact_details_from_the_Municipality_section()
    {
        var m = From(new()
        {
            ["Municipality:Name"] = "Aarhus Kommune",
            ["Municipality:Phone"] = " 89 40 20 00 ",
            ["Municipality:Email"] = "kontakt@aarhus.dk",
            ["Municipality:Address"] = "Rådhuspladsen 2, 8000 Aarhus C",
        });
        Assert.Equal(new Municipality("Aarhus Kommune", "89 40 20 00", "kontakt@aarhus.dk", "Rådhuspladsen 2, 8000 Aarhus C"), m);
    }

    [Fact]
    public void A_missing_or_blank_name_falls_back_and_blank_details_are_not_given()
    {
        var m = From(new() { ["Municipality:Name"] = "  ", ["Municipality:Phone"] = "" });
        Assert.Equal(Municipality.DefaultName, m.Name);
        Assert.Null(m.Phone);
        Assert.Null(m.Email);
        Assert.Null(m.Address);
    }
}
