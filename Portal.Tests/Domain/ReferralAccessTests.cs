using Portal.Domain.Referrals;
using Portal.Domain.Staff;
using static Portal.Tests.Domain.ReferralTestData;

namespace Portal.Tests.Domain;

public class ReferralAccessTests
{
    [Fact]
    public void The_police_see_referrals_sent_to_the_police_without_seeing_the_case()
    {
        Assert.True(ReferralAccess.CanSee(Sent(RecipientKind.Politi), canSeeCase: false, Police));
        Assert.False(ReferralAccess.CanSee(Sent(RecipientKind.DanskStalkingCenter), canSeeCase: false, Police));
    }

    [Fact]
    public void The_police_of_another_district_see_nothing()
    {
        var elsewhere = TestData.Staff(11, Role.Politi);
        elsewhere.OrganisationId = District + 2;
        Assert.False(ReferralAccess.CanSee(Sent(RecipientKind.Politi), canSeeCase: false, elsewhere));
        Assert.Empty(ReferralAccess.ActionsFor(Sent(RecipientKind.Politi), false, elsewhere));
    }

    [Fact]
    public void An_inactive_police_officer_sees_nothing()
    {
        var retired = TestData.Staff(10, Role.Politi);
        retired.IsActive = false;
        Assert.False(ReferralAccess.CanSee(Sent(RecipientKind.Politi), false, retired));
        Assert.Empty(ReferralAccess.ActionsFor(Sent(RecipientKind.Politi), false, retired));
    }

    [Fact]
    public void Case_workers_see_referrals_through_the_case_only()
    {
        var other = TestData.Staff(3, Role.Kontaktperson);
        Assert.True(ReferralAccess.CanSee(Sent(RecipientKind.Politi), canSeeCase: true, other));
        Assert.False(ReferralAccess.CanSee(Sent(RecipientKind.Politi), canSeeCase: false, other));
        Assert.Empty(ReferralAccess.ActionsFor(Sent(RecipientKind.Politi), false, other));
    }

    [Fact]
    public void The_police_answer_their_referrals_but_do_not_close_them()
    {
        Assert.Equal([ReferralStatus.Modtaget], ReferralAccess.ActionsFor(InStatus(ReferralStatus.Sendt), false, Police));
        Assert.Equal([ReferralStatus.Accepteret, ReferralStatus.Afvist], ReferralAccess.ActionsFor(InStatus(ReferralStatus.Modtaget), false, Police));
        Assert.Empty(ReferralAccess.ActionsFor(InStatus(ReferralStatus.Accepteret), false, Police));
        Assert.False(ReferralAccess.MayMove(InStatus(ReferralStatus.Accepteret), ReferralStatus.Afsluttet, true, Police));
    }

    [Fact]
    public void The_police_cannot_answer_for_another_recipient()
    {
        var toShelter = Sent(RecipientKind.Krisecenter);
        Assert.False(ReferralAccess.MayMove(toShelter, ReferralStatus.Modtaget, false, Police));
    }

    [Fact]
    public void The_case_worker_records_answers_on_the_recipients_behalf_and_closes()
    {
        Assert.Equal([ReferralStatus.Modtaget], ReferralAccess.ActionsFor(InStatus(ReferralStatus.Sendt, RecipientKind.Krisecenter), true, Sofie));
        Assert.Equal([ReferralStatus.Afsluttet], ReferralAccess.ActionsFor(InStatus(ReferralStatus.Afvist), true, Sofie));
    }

    [Fact]
    public void Restraining_orders_are_for_the_cases_staff_and_the_police_on_referred_cases()
    {
        Assert.True(ReferralAccess.MayWorkWithRestrainingOrders(canSeeCase: true, referredToPolice: false, Sofie));
        Assert.True(ReferralAccess.MayWorkWithRestrainingOrders(canSeeCase: false, referredToPolice: true, Police));
        Assert.False(ReferralAccess.MayWorkWithRestrainingOrders(canSeeCase: false, referredToPolice: false, Police));
        Assert.False(ReferralAccess.MayWorkWithRestrainingOrders(canSeeCase: false, referredToPolice: true, Sofie));
        Assert.False(ReferralAccess.MayWorkWithRestrainingOrders(canSeeCase: true, referredToPolice: true, TestData.Staff(4, Role.Leder)));
    }
}
