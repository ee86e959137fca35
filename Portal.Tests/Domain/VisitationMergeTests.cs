using System.Reflection;
using Portal.Domain.Visitation;

namespace Portal.Tests.Domain;

public class VisitationMergeTests
{
    [Fact]
    public void Every_answer_of_the_conversation_can_be_merged()
    {
        var properties = typeof(VisitationAnswers).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Order();
        Assert.Equal(properties, VisitationMerge.Fields.Select(f => f.Key).Order());
        Assert.All(VisitationMerge.Fields, f => Assert.InRange(f.Step, 1, VisitationSteps.Count - 1));
    }

    [Fact]
    public void Only_differing_answers_are_shown_with_labels_and_who_changed_them()
    {
        var based = new VisitationAnswers { InDangerNow = false, Behaviours = ["opkald"], BehaviourNotes = "Ringer om natten." };
        var mine = VisitationMerge.Copy(based);
        mine.BehaviourNotes = "Ringer om natten, også fra skjult nummer. Stod ved døren søndag.";
        var theirs = VisitationMerge.Copy(based);
        theirs.Behaviours = ["opkald", "venter-hjem"];
        theirs.Since = new DateOnly(2026, 9, 1);

        var differences = VisitationMerge.Differences(based, mine, theirs);

        Assert.Equal(["Behaviours", "BehaviourNotes", "Since"], differences.Select(d => d.Field.Key));
        var behaviours = differences[0];
        Assert.Equal(("Opkald, også fra skjult nummer", "Opkald, også fra skjult nummer, Venter uden for hjemmet", false),
            (behaviours.Mine, behaviours.Theirs, behaviours.MineChanged));
        Assert.True(differences[1].MineChanged);
        Assert.Equal(("(ikke udfyldt)", "01-09-2026"), (differences[2].Mine, differences[2].Theirs));
    }

    [Fact]
    public void Merging_keeps_what_is_mine_and_takes_the_chosen_saved_answers()
    {
        var mine = new VisitationAnswers { InDangerNow = true, BehaviourNotes = "Mit notat.", Screening = { ["q1"] = "ja" } };
        var theirs = new VisitationAnswers { InDangerNow = false, BehaviourNotes = "Deres notat.", Screening = { ["q1"] = "nej", ["q2"] = "ja" } };

        var merged = VisitationMerge.Merge(mine, theirs, ["InDangerNow", "Screening"]);

        Assert.False(merged.InDangerNow);
        Assert.Equal("Mit notat.", merged.BehaviourNotes);
        Assert.Equal(new Dictionary<string, string> { ["q1"] = "nej", ["q2"] = "ja" }, merged.Screening);
        Assert.True(mine.InDangerNow); // the inputs are left as they were
    }
}
