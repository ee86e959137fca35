using Bunit;
using Portal.Components.Forms;

namespace Portal.Tests.Components;

public class YesNoTests : ComponentTestBase
{
    [Fact]
    public void Offers_ja_and_nej_with_nothing_chosen_until_answered()
    {
        var question = Render<YesNo>(p => p.Add(q => q.Legend, "Er borgeren i fare lige nu?").Add(q => q.TestId, "in-danger"));

        Assert.Equal("Er borgeren i fare lige nu?", question.Find("[data-testid=in-danger] legend").TextContent);
        Assert.Equal(["Ja", "Nej"], question.FindAll(".mud-radio").Select(r => r.TextContent.Trim()));
        Assert.DoesNotContain(question.FindAll("input[type=radio]"), r => r.HasAttribute("checked"));
    }

    [Theory]
    [InlineData(true, "ja")]
    [InlineData(false, "nej")]
    public void An_answer_is_shown_checked(bool value, string checkedValue) =>
        Assert.True(Render<YesNo>(p => p.Add(q => q.Legend, "Spørgsmål").Add(q => q.Value, value))
            .Find($"input[data-value={checkedValue}]").HasAttribute("checked"));

    [Fact]
    public void Choosing_passes_a_bool_on()
    {
        var values = new List<bool?>();
        var question = Render<YesNo>(p => p.Add(q => q.Legend, "Spørgsmål").Add(q => q.ValueChanged, v => values.Add(v)));

        question.Find("input[data-value=nej]").Click();
        question.Find("input[data-value=ja]").Click();

        Assert.Equal([false, true], values);
    }

    [Fact]
    public void Shows_its_error()
    {
        var question = Render<YesNo>(p => p.Add(q => q.Legend, "Spørgsmål").Add(q => q.Error, "Svar ja eller nej."));
        Assert.Equal("Svar ja eller nej.", question.Find("[role=alert]").TextContent);
    }
}
