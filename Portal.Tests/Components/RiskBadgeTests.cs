using Bunit;
using Portal.Components.Cases;
using Portal.Domain.Risk;

namespace Portal.Tests.Components;

public class RiskBadgeTests : ComponentTestBase
{
    [Theory]
    [InlineData(RiskLevel.Lav, "Risiko: Lav", "success")]
    [InlineData(RiskLevel.Middel, "Risiko: Middel", "warning")]
    [InlineData(RiskLevel.Hoej, "Risiko: Høj", "error")]
    public void Shows_the_level_in_danish_coloured_by_how_high_it_is(RiskLevel level, string text, string color)
    {
        var badge = Render<RiskBadge>(p => p.Add(b => b.Level, level)).Find("[data-testid=risk-level]");
        Assert.Equal(text, badge.TextContent.Trim());
        Assert.Contains($"mud-chip-color-{color}", badge.ClassName);
    }
}
