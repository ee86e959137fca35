using Bunit;
using Portal.Components.Cases;
using Portal.Components.Referrals;
using Portal.Domain.Referrals;
using Portal.Tests.Domain;

namespace Portal.Tests.Components;

public class ReferralComponentsTests : ComponentTestBase
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

    [Fact]
    public void The_chooser_lists_every_item_in_danish_and_changes_the_selection()
    {
        var selected = new List<SharedItem>();
        var changed = 0;
        var chooser = Render<SharedItemsChooser>(p => p
            .Add(c => c.Legend, "Oplysninger, der deles")
            .Add(c => c.Selected, selected)
            .Add(c => c.Changed, () => changed++));

        Assert.Equal(SharedItems.All.Count, chooser.FindAll("input[type=checkbox]").Count);
        Assert.Contains("Resumé af stalkingvisitationen", chooser.Markup);

        chooser.Find("[data-item=Cpr] input").Change(true);
        chooser.Find("[data-item=Navn] input").Change(true);
        chooser.Find("[data-item=Cpr] input").Change(false);

        Assert.Equal([SharedItem.Navn], selected);
        Assert.Equal(3, changed);
    }

    [Fact]
    public void The_chooser_marks_chosen_items_the_consent_does_not_cover()
    {
        var chooser = Render<SharedItemsChooser>(p => p
            .Add(c => c.Legend, "Oplysninger")
            .Add(c => c.Selected, new List<SharedItem> { SharedItem.Navn, SharedItem.Cpr })
            .Add(c => c.Covered, new[] { SharedItem.Navn, SharedItem.Telefon }));

        var marks = chooser.FindAll("[data-testid=item-uncovered]");
        Assert.Single(marks);
        Assert.Equal("true", chooser.Find("[data-item=Cpr]").GetAttribute("data-uncovered"));
        Assert.Null(chooser.Find("[data-item=Telefon]").GetAttribute("data-uncovered")); // covered but not chosen: nothing to warn about
    }

    [Fact]
    public void The_chooser_shows_its_error()
    {
        var chooser = Render<SharedItemsChooser>(p => p
            .Add(c => c.Legend, "Oplysninger")
            .Add(c => c.Selected, new List<SharedItem>())
            .Add(c => c.Error, "Vælg mindst én oplysning, der deles med modtageren."));
        Assert.Equal("Vælg mindst én oplysning, der deles med modtageren.", chooser.Find("[role=alert]").TextContent);
    }

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

    [Fact]
    public void The_case_tabs_include_referrals()
    {
        var nav = Render<CaseNav>(p => p.Add(n => n.CaseId, 12).Add(n => n.Current, "henvisninger"));
        var active = nav.Find("a.active");
        Assert.Equal(("/sager/12/henvisninger", "Henvisninger"), (active.GetAttribute("href"), active.TextContent));
    }
}
