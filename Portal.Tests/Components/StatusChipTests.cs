using Bunit;
using Portal.Components.Cases;
using Portal.Domain.Cases;

namespace Portal.Tests.Components;

public class StatusChipTests : ComponentTestBase
{
    [Theory]
    [InlineData(CaseStatus.Modtaget, "Modtaget", "warning")]
    [InlineData(CaseStatus.Visiteret, "Visiteret", "info")]
    [InlineData(CaseStatus.IForloeb, "I forløb", "primary")]
    [InlineData(CaseStatus.Afsluttet, "Afsluttet", "dark")]
    public void Shows_the_status_in_danish_coloured_by_how_far_the_case_has_come(CaseStatus status, string text, string color)
    {
        var chip = Render<StatusChip>(p => p.Add(s => s.Status, status)).Find("[data-testid=status-chip]");
        Assert.Equal(text, chip.TextContent);
        Assert.Contains($"mud-chip-color-{color}", chip.ClassName);
    }

    [Fact]
    public void A_list_row_gets_the_same_markup_without_a_component()
    {
        var component = Render<StatusChip>(p => p.Add(s => s.Status, CaseStatus.IForloeb)).Markup;
        var fragment = Render(StatusChip.For(CaseStatus.IForloeb)).Markup;
        Assert.Equal(component.Trim(), fragment.Trim());
    }
}
