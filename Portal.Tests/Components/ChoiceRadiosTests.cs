using Bunit;
using Portal.Components.Forms;
using Portal.Domain.Visitation;

namespace Portal.Tests.Components;

public class ChoiceRadiosTests : ComponentTestBase
{
    [Fact]
    public void Shows_the_question_and_one_radio_per_choice_with_the_chosen_one_checked()
    {
        var radios = Render<ChoiceRadios>(p => p.Add(r => r.Legend, "Hvem er den, der stalker, for borgeren?")
            .Add(r => r.Choices, Choices.Relations).Add(r => r.Value, "familie").Add(r => r.TestId, "relation"));

        Assert.Equal("Hvem er den, der stalker, for borgeren?", radios.Find("[data-testid=relation] legend").TextContent);
        Assert.Equal(Choices.Relations.Count, radios.FindAll("input[type=radio]").Count);
        Assert.Contains("Tidligere partner eller kæreste", radios.Markup);
        Assert.True(radios.Find("input[data-value=familie]").HasAttribute("checked"));
        Assert.False(radios.Find("input[data-value=partner]").HasAttribute("checked"));
        Assert.Empty(radios.FindAll("[role=alert]"));
    }

    [Fact]
    public void Choosing_passes_the_value_on()
    {
        var values = new List<string?>();
        var radios = Render<ChoiceRadios>(p => p.Add(r => r.Legend, "Relation").Add(r => r.Choices, Choices.Relations)
            .Add(r => r.ValueChanged, v => values.Add(v)));

        radios.Find("input[data-value=fremmed]").Click();

        Assert.Equal(["fremmed"], values);
    }

    [Fact]
    public void Shows_its_error_under_the_group()
    {
        var radios = Render<ChoiceRadios>(p => p.Add(r => r.Legend, "Relation").Add(r => r.Choices, Choices.Relations)
            .Add(r => r.Error, "Vælg borgerens relation til den, der stalker.").Add(r => r.TestId, "relation"));
        Assert.Equal("Vælg borgerens relation til den, der stalker.", radios.Find("[data-testid=relation] [role=alert]").TextContent);
    }
}
