using Portal.Domain.HelpLines;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

/// <summary>Shipped lines are examples until an administrator confirms them; a line without hours is flagged until fixed.</summary>
public class HelpLineExampleTests
{
    private static HelpLineDetails Details(string? hours = "Døgnet rundt") =>
        new() { Name = "Lev Uden Vold", DiscreetName = "Rådgivning", Number = "1888", OpeningHours = hours };

    [Fact]
    public void An_example_is_flagged_until_an_administrator_confirms_it()
    {
        var line = HelpLine.Example(Details());
        Assert.Equal(["Eksempel – skal bekræftes"], line.Warnings);

        var refused = Assert.Throws<DomainRuleException>(() => line.Confirm(TestData.Staff(1, Role.Visitator), TestData.Now));
        Assert.Equal("Kun administratorer kan bekræfte hjælpelinjer.", refused.Message);
        Assert.True(line.NeedsConfirmation);

        var admin = TestData.Staff(2, Role.Administrator);
        Assert.True(line.Confirm(admin, TestData.Now));
        Assert.False(line.Confirm(admin, TestData.Now.AddDays(1)));
        Assert.Empty(line.Warnings);
        Assert.Equal((TestData.Now, admin.Name), (line.ConfirmedAt!.Value, line.ConfirmedByName!));
    }

    [Fact]
    public void A_line_without_opening_hours_may_be_saved_and_is_flagged_until_they_are_filled_in()
    {
        Assert.True(Details(hours: null).Validate().IsValid);
        var line = new HelpLine(Details(hours: " "));
        Assert.Equal(["Åbningstider ikke bekræftet"], line.Warnings);

        line.Update(Details());
        Assert.Empty(line.Warnings);
        Assert.Equal("Åbningstiden må højst være 100 tegn (der er 101).", Details(new string('x', 101)).Validate()["OpeningHours"]);
    }

    [Fact]
    public void The_shipped_counselling_lines_are_examples_and_the_emergency_numbers_are_not()
    {
        var shipped = Portal.Features.HelpLines.HelpLineSeed.Shipped();
        Assert.Equal(["112", "114"], shipped.Where(h => !h.NeedsConfirmation).Select(h => h.Number));
        Assert.Equal(["1888", "25 17 73 74"], shipped.Where(h => h.NeedsConfirmation).Select(h => h.Number));
        Assert.Contains(HelpLine.HoursWarning, shipped.Single(h => h.Number == "25 17 73 74").Warnings);
    }
}
