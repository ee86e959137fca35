using Bunit;
using Portal.Components.Referrals;
using Portal.Domain.Referrals;
using Portal.Tests.Domain;

namespace Portal.Tests.Components;

public class ReferralHistoryTests : ComponentTestBase
{
    [Fact]
    public void The_history_shows_each_step_with_date_who_and_note()
    {
        var r = ReferralTestData.InStatus(ReferralStatus.Afvist);
        var history = Render<ReferralHistory>(p => p.Add(h => h.Changes, r.Changes));

        var items = history.FindAll("li");
        Assert.Equal(["Sendt", "Modtaget", "Afvist"], items.Select(li => li.GetAttribute("data-status")));
        Assert.Contains("24-11-2026 · Sofie 2", items[0].TextContent);
        Assert.Contains("Ikke i målgruppen.", items[2].TextContent);
    }
}
