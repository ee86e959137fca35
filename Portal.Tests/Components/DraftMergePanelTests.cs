using Bunit;
using Portal.Components.Visitation;
using Portal.Domain.Visitation;

namespace Portal.Tests.Components;

public class DraftMergePanelTests : ComponentTestBase
{
    [Fact]
    public void Each_differing_answer_shows_mine_beside_the_saved_and_the_choice_is_kept()
    {
        var based = new VisitationAnswers { BehaviourNotes = "Ringer om natten." };
        var mine = new VisitationAnswers { BehaviourNotes = "Ringer om natten og venter ved skolen." };
        var theirs = new VisitationAnswers { BehaviourNotes = "Ringer om natten.", Frequency = "dagligt" };
        var differences = VisitationMerge.Differences(based, mine, theirs);
        var takeTheirs = differences.Where(d => !d.MineChanged).Select(d => d.Field.Key).ToHashSet();
        var applied = 0;

        var panel = Render<DraftMergePanel>(p => p.Add(x => x.Differences, differences).Add(x => x.TakeTheirs, takeTheirs)
            .Add(x => x.Message, "Gemt et andet sted.").Add(x => x.Apply, () => applied++));

        var rows = panel.FindAll("[data-testid=merge-field]");
        Assert.Equal(["BehaviourNotes", "Frequency"], rows.Select(r => r.GetAttribute("data-field")));
        Assert.Contains("Ringer om natten og venter ved skolen.", rows[0].TextContent);
        Assert.Contains("Hver dag eller flere gange dagligt", rows[1].TextContent);
        Assert.True(rows[0].QuerySelector("[data-testid=merge-mine]")!.HasAttribute("checked"));   // I changed it: mine by default
        Assert.True(rows[1].QuerySelector("[data-testid=merge-theirs]")!.HasAttribute("checked")); // only they changed it

        panel.FindAll("[data-testid=merge-theirs]")[0].Change(true);
        panel.Find("[data-testid=merge-save]").Click();

        Assert.Equal(["BehaviourNotes", "Frequency"], takeTheirs.Order());
        Assert.Equal(1, applied);
    }
}
