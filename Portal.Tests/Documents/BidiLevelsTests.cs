using Portal.Documents;
using Portal.Domain.Validation;

namespace Portal.Tests.Documents;

public class BidiLevelsTests
{
    [Fact]
    public void Latin_text_in_a_left_to_right_document_stays_at_level_zero()
    {
        Assert.All(BidiLevels.Resolve("Ring 112 nu.", rightToLeft: false), l => Assert.Equal(0, l));
    }

    [Fact]
    public void Arabic_is_right_to_left_and_a_Latin_name_inside_it_left_to_right()
    {
        var text = "عند Birthe الآن";
        var levels = BidiLevels.Resolve(text, rightToLeft: true);
        Assert.Equal(1, levels[0]);
        Assert.Equal(2, levels[text.IndexOf('B')]);
        Assert.Equal(2, levels[text.IndexOf('e')]);
        Assert.Equal(1, levels[text.IndexOf('B') - 1]);
    }

    [Fact]
    public void A_phone_number_with_spaces_is_one_left_to_right_number_inside_Arabic()
    {
        var text = "اتصل +45 70 20 30 82";
        var levels = BidiLevels.Resolve(text, rightToLeft: true);
        var start = text.IndexOf('+');
        Assert.All(levels[start..], l => Assert.Equal(2, l));
        Assert.Equal(1, levels[start - 1]);
    }

    [Fact]
    public void Arabic_inside_Danish_is_reversed_as_one_run()
    {
        var levels = BidiLevels.Resolve("Navn: فاطمة ok", rightToLeft: false);
        Assert.Equal(0, levels[0]);
        Assert.Equal(1, levels[6]);
        Assert.Equal(0, levels[^1]);
    }

    [Fact]
    public void Runs_are_ordered_visually_by_rule_L2()
    {
        // Arabic paragraph: Arabic (1), Latin (2), Arabic (1) → drawn right to left, the Latin run keeps its own order.
        Assert.Equal([2, 1, 0], BidiLevels.VisualOrder([1, 2, 1]));
        Assert.Equal([0, 1, 2], BidiLevels.VisualOrder([0, 0, 0]));
        Assert.Equal([0, 2, 1, 3], BidiLevels.VisualOrder([0, 1, 1, 0]));
    }

    [Fact]
    public void Direction_overrides_are_stripped_and_marks_kept()
    {
        Assert.Equal("Test exe.live", BidiControls.Strip("Test \u202Eexe.live\u202C"));
        Assert.Equal("a\u2067b\u2069c".Length - 2, BidiControls.Strip("a\u2067b\u2069c").Length);
        Assert.Equal("a\u200Fb", BidiControls.Strip("a\u200Fb"));
    }
}
