using Portal.Domain.Referrals;
using Portal.Domain.Validation;
using static Portal.Tests.Domain.ReferralTestData;

namespace Portal.Tests.Domain;

public class ReferralStatusTests
{
    private static readonly (ReferralStatus From, ReferralStatus To)[] Allowed =
    [
        (ReferralStatus.Sendt, ReferralStatus.Modtaget),
        (ReferralStatus.Modtaget, ReferralStatus.Accepteret),
        (ReferralStatus.Modtaget, ReferralStatus.Afvist),
        (ReferralStatus.Accepteret, ReferralStatus.Afsluttet),
        (ReferralStatus.Afvist, ReferralStatus.Afsluttet),
    ];

    public static TheoryData<ReferralStatus, ReferralStatus> AllowedMoves()
    {
        var data = new TheoryData<ReferralStatus, ReferralStatus>();
        foreach (var (from, to) in Allowed) data.Add(from, to);
        return data;
    }

    public static TheoryData<ReferralStatus, ReferralStatus> ForbiddenMoves()
    {
        var data = new TheoryData<ReferralStatus, ReferralStatus>();
        foreach (var from in Enum.GetValues<ReferralStatus>())
            foreach (var to in Enum.GetValues<ReferralStatus>())
                if (from != to && !Allowed.Contains((from, to))) data.Add(from, to);
        return data;
    }

    [Fact]
    public void Every_pair_is_either_allowed_or_forbidden() =>
        Assert.Equal(5 * 4, AllowedMoves().Count + ForbiddenMoves().Count);

    [Fact]
    public void A_sent_referral_starts_as_sendt_with_who_and_when()
    {
        var r = Sent();
        Assert.Equal(ReferralStatus.Sendt, r.Status);
        var first = Assert.Single(r.Changes);
        Assert.Equal((null, ReferralStatus.Sendt, TestData.Now, "Sofie 2"), (first.From, first.To, first.At, first.ByName));
    }

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void Allowed_moves_are_recorded_with_date_and_who(ReferralStatus from, ReferralStatus to)
    {
        var r = InStatus(from);
        var at = TestData.Now.AddDays(2);

        Assert.True(r.MoveTo(to, Police, at, "Svar fra modtageren."));

        Assert.Equal(to, r.Status);
        var last = r.Changes[^1];
        Assert.Equal((from, to, at, Police.Id, "Jens 9", "Svar fra modtageren."), (last.From, last.To, last.At, last.ById, last.ByName, last.Note));
        Assert.Same(last, r.ChangeTo(to));
    }

    [Theory]
    [MemberData(nameof(ForbiddenMoves))]
    public void Forbidden_moves_are_refused_in_danish_and_change_nothing(ReferralStatus from, ReferralStatus to)
    {
        var r = InStatus(from);
        var changes = r.Changes.Count;

        var e = Assert.Throws<DomainRuleException>(() => r.MoveTo(to, Sofie, TestData.Now.AddDays(2), "x"));

        Assert.Equal($"En henvisning kan ikke gå fra {from.Danish()} til {to.Danish()}.", e.Message);
        Assert.Equal((from, changes), (r.Status, r.Changes.Count));
    }

    [Fact]
    public void Moving_to_the_status_it_already_has_is_a_repeated_click_and_records_nothing()
    {
        var r = InStatus(ReferralStatus.Modtaget);
        Assert.False(r.MoveTo(ReferralStatus.Modtaget, Police, TestData.Now.AddDays(3)));
        Assert.Equal(2, r.Changes.Count);
    }

    [Fact]
    public void A_rejection_needs_a_reason()
    {
        var r = InStatus(ReferralStatus.Modtaget);
        var e = Assert.Throws<DomainValidationException>(() => r.MoveTo(ReferralStatus.Afvist, Police, TestData.Now, "  "));
        Assert.Equal("Begrundelsen for afvisningen skal udfyldes.", e.Errors["Note"]);
        Assert.Equal(ReferralStatus.Modtaget, r.Status);
    }

    [Fact]
    public void Closed_has_no_way_out() => Assert.Empty(ReferralStatusRules.NextFrom(ReferralStatus.Afsluttet));
}
