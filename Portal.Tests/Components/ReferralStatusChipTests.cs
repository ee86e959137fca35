using Bunit;
using Portal.Components.Referrals;
using Portal.Domain.Referrals;

namespace Portal.Tests.Components;

public class ReferralStatusChipTests : ComponentTestBase
{
    [Fact]
    public void A_referral_within_its_deadline_shows_only_its_status()
    {
        var chip = Render<ReferralStatusChip>(p => p.Add(c => c.Status, ReferralStatus.Sendt).Add(c => c.IsOverdue, false));

        Assert.Equal("false", chip.Find("[data-testid=referral-status]").GetAttribute("data-overdue"));
        Assert.Contains("Sendt", chip.Markup);
        Assert.Empty(chip.FindAll("[data-testid=referral-overdue]"));
    }

    [Fact]
    public void An_overdue_referral_is_flagged_red_in_words_with_its_deadline()
    {
        var chip = Render<ReferralStatusChip>(p => p
            .Add(c => c.Status, ReferralStatus.Sendt)
            .Add(c => c.IsOverdue, true)
            .Add(c => c.Deadline, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)));

        var flag = chip.Find("[data-testid=referral-overdue]");
        Assert.Equal("Over fristen (01-12-2026)", flag.TextContent.Trim());
        Assert.Contains("mud-chip-color-error", flag.ClassName);
        Assert.Equal("true", chip.Find("[data-testid=referral-status]").GetAttribute("data-overdue"));
    }

    [Theory]
    [InlineData(ReferralStatus.Modtaget, "Modtaget")]
    [InlineData(ReferralStatus.Accepteret, "Accepteret")]
    [InlineData(ReferralStatus.Afvist, "Afvist")]
    [InlineData(ReferralStatus.Afsluttet, "Afsluttet")]
    public void Statuses_are_in_danish(ReferralStatus status, string text) =>
        Assert.Contains(text, Render<ReferralStatusChip>(p => p.Add(c => c.Status, status)).Find(".mud-chip").TextContent);
}
