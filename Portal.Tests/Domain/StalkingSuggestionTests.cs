using Portal.Domain.Visitation;

namespace Portal.Tests.Domain;

public class StalkingSuggestionTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static VisitationAnswers Answers(string frequency, int daysAgo, params string[] consequences) => new()
    {
        Behaviours = ["opkald"],
        Frequency = frequency,
        Since = Today.AddDays(-daysAgo),
        Consequences = [.. consequences],
    };

    [Fact]
    public void Repeated_contact_over_two_weeks_with_fear_suggests_stalking()
    {
        var s = StalkingSuggestion.From(Answers("dagligt", 14, "frygt"), Today);
        Assert.Equal("ja", s.Conclusion);
        Assert.Contains("Det har stået på i mindst to uger (14 dage).", s.Reasons);
        Assert.Contains("Borgeren er bange eller utryg.", s.Reasons);
    }

    [Fact]
    public void Thirteen_days_is_not_yet_two_weeks() =>
        Assert.Equal("usikker", StalkingSuggestion.From(Answers("dagligt", 13, "frygt"), Today).Conclusion);

    [Fact]
    public void Without_fear_or_burden_the_portal_is_uncertain() =>
        Assert.Equal("usikker", StalkingSuggestion.From(Answers("ugentligt", 60), Today).Conclusion);

    [Fact]
    public void Burden_without_fear_also_counts() =>
        Assert.Equal("ja", StalkingSuggestion.From(Answers("flere-om-ugen", 30, "rutiner"), Today).Conclusion);

    [Fact]
    public void A_single_incident_without_burden_is_not_stalking() =>
        Assert.Equal("nej", StalkingSuggestion.From(Answers("enkeltstaaende", 2), Today).Conclusion);

    [Fact]
    public void Missing_answers_are_named()
    {
        var s = StalkingSuggestion.From(new VisitationAnswers(), Today);
        Assert.Equal("usikker", s.Conclusion);
        Assert.Contains("Det er ikke oplyst, hvornår det begyndte.", s.Reasons);
        Assert.Contains("Det er ikke oplyst, hvor tit det sker.", s.Reasons);
    }
}
