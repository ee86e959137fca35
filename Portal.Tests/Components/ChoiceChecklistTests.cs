using Bunit;
using Portal.Components.Forms;
using Portal.Domain.Visitation;

namespace Portal.Tests.Components;

public class ChoiceChecklistTests : ComponentTestBase
{
    [Fact]
    public void Shows_the_question_and_each_choice_ticked_as_selected()
    {
        var list = Render<ChoiceChecklist>(p => p.Add(c => c.Legend, "Hvilke råd har borgeren fået?").Add(c => c.Choices, Choices.Advice)
            .Add(c => c.Selected, ["beviser"]).Add(c => c.TestId, "advice"));

        Assert.Equal("Hvilke råd har borgeren fået?", list.Find("[data-testid=advice] legend").TextContent);
        Assert.Equal(Choices.Advice.Count, list.FindAll("input[type=checkbox]").Count);
        Assert.Contains("Gem beviser: beskeder, skærmbilleder, opkaldslister", list.Markup);
        Assert.True(list.Find("input[data-value=beviser]").HasAttribute("checked"));
        Assert.False(list.Find("input[data-value=anmeld]").HasAttribute("checked"));
    }

    [Fact]
    public void Ticking_and_unticking_changes_the_selection_in_place_and_reports_each_change()
    {
        var selected = new List<string>();
        var changes = 0;
        var list = Render<ChoiceChecklist>(p => p.Add(c => c.Legend, "Råd").Add(c => c.Choices, Choices.Advice)
            .Add(c => c.Selected, selected).Add(c => c.Changed, () => changes++));

        list.Find("input[data-value=anmeld]").Change(true);
        list.Find("input[data-value=112]").Change(true);
        list.Find("input[data-value=anmeld]").Change(false);

        Assert.Equal(["112"], selected);
        Assert.Equal(3, changes);
    }

    [Fact]
    public void Shows_its_error()
    {
        var list = Render<ChoiceChecklist>(p => p.Add(c => c.Legend, "Råd").Add(c => c.Choices, Choices.Advice)
            .Add(c => c.Selected, []).Add(c => c.Error, "Vælg mindst ét råd."));
        Assert.Equal("Vælg mindst ét råd.", list.Find("[role=alert]").TextContent);
    }
}
