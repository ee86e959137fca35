using Bunit;
using Portal.Components.Forms;

namespace Portal.Tests.Components;

public class DanishDateFieldTests : ComponentTestBase
{
    private IRenderedComponent<DanishDateField> RenderField(List<DateOnly?> values, DateOnly? value = null, string? error = null) =>
        Render<DanishDateField>(p => p
            .Add(f => f.Label, "Hvornår begyndte det?")
            .Add(f => f.Value, value)
            .Add(f => f.Error, error)
            .Add(f => f.HelperText, "Et omtrentligt tidspunkt er nok")
            .Add(f => f.TestId, "since")
            .Add(f => f.ValueChanged, v => values.Add(v)));

    [Fact]
    public void Shows_the_date_as_dd_mm_yyyy_with_its_label_hint_and_placeholder()
    {
        var field = RenderField([], new DateOnly(2026, 9, 1));

        var input = field.Find("[data-testid=since]");
        Assert.Equal("01-09-2026", input.GetAttribute("value"));
        Assert.Equal("dd-mm-åååå", input.GetAttribute("placeholder"));
        Assert.Contains("Hvornår begyndte det?", field.Markup);
        Assert.Contains("Et omtrentligt tidspunkt er nok", field.Markup);
    }

    [Theory]
    [InlineData("15-08-2026")]
    [InlineData("15.8.2026")]
    [InlineData("15/08/2026")]
    public void A_typed_date_in_a_danish_way_is_passed_on(string typed)
    {
        var values = new List<DateOnly?>();
        RenderField(values).Find("[data-testid=since]").Input(typed);
        Assert.Equal([new DateOnly(2026, 8, 15)], values);
    }

    [Fact]
    public void Text_that_is_no_date_is_explained_in_danish_and_not_passed_on()
    {
        var values = new List<DateOnly?>();
        var field = RenderField(values, new DateOnly(2026, 9, 1));

        field.Find("[data-testid=since]").Input("31-02-2026");

        Assert.Empty(values);
        Assert.Contains("Skriv datoen som dd-mm-åååå, fx 01-09-2026.", field.Find(".mud-input-helper-text").TextContent);
    }

    [Fact]
    public void Emptying_the_field_clears_the_date_and_the_format_message()
    {
        var values = new List<DateOnly?>();
        var field = RenderField(values);
        field.Find("[data-testid=since]").Input("i sommer");

        field.Find("[data-testid=since]").Input("");

        Assert.Equal([null], values);
        Assert.DoesNotContain("Skriv datoen som", field.Markup);
    }

    [Fact]
    public void A_message_from_validation_is_shown()
    {
        var field = RenderField([], new DateOnly(2027, 1, 1), "Datoen kan ikke ligge i fremtiden.");
        Assert.Contains("Datoen kan ikke ligge i fremtiden.", field.Markup);
        Assert.Contains("mud-input-error", field.Markup);
    }
}
