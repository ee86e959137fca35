using Bunit;
using Portal.Components.Referrals;
using Portal.Domain.Referrals;

namespace Portal.Tests.Components;

public class SharedItemsChooserTests : ComponentTestBase
{
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
}
