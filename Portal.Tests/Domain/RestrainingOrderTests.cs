using Portal.Domain.Referrals;
using Portal.Domain.Validation;
using static Portal.Tests.Domain.ReferralTestData;

namespace Portal.Tests.Domain;

public class RestrainingOrderTests
{
    private static RestrainingOrder Order(DateOnly from, DateOnly to) =>
        RestrainingOrder.Record(CaseId, new RestrainingOrderForm { Kind = RestrainingOrderKind.Tilhold, From = from, To = to }, Police, TestData.Now, Guid.NewGuid());

    [Fact]
    public void An_order_needs_a_kind_and_a_period_that_ends_after_it_starts()
    {
        var errors = new RestrainingOrderForm { From = Today, To = Today.AddDays(-1) }.Validate();
        Assert.Equal("Vælg tilhold eller opholdsforbud.", errors["Kind"]);
        Assert.Equal("Udløbsdatoen skal ligge efter startdatoen.", errors["To"]);
        Assert.Equal("Angiv, hvornår forbuddet gælder fra.", new RestrainingOrderForm().Validate()["From"]);
    }

    [Fact]
    public void An_order_is_in_force_from_its_first_to_its_last_day()
    {
        var order = Order(Today, Today.AddYears(1));
        Assert.True(order.IsInForce(Today));
        Assert.True(order.IsInForce(Today.AddYears(1)));
        Assert.False(order.IsInForce(Today.AddDays(-1)));
        Assert.False(order.IsInForce(Today.AddYears(1).AddDays(1)));
        Assert.Equal(("Jens 9", RestrainingOrderKind.Tilhold), (order.RecordedByName, order.Kind));
    }

    [Fact]
    public void Before_its_first_day_an_order_has_not_come_into_force_and_after_its_last_it_has_expired()
    {
        var order = Order(Today, Today.AddYears(1));
        Assert.Equal(RestrainingOrderState.IkkeTraadtIKraft, order.StateOn(Today.AddDays(-1)));
        Assert.Equal(RestrainingOrderState.Gaelder, order.StateOn(Today));
        Assert.Equal(RestrainingOrderState.Gaelder, order.StateOn(Today.AddYears(1)));
        Assert.Equal(RestrainingOrderState.Udloebet, order.StateOn(Today.AddYears(1).AddDays(1)));
        Assert.Equal(["Gælder", "Ikke trådt i kraft", "Udløbet"], Enum.GetValues<RestrainingOrderState>().Select(s => s.Danish()));
    }

    [Fact]
    public void A_breach_is_recorded_once_with_its_date_and_who()
    {
        var order = Order(Today.AddDays(-30), Today.AddDays(300));
        var request = Guid.NewGuid();
        var form = new BreachForm { Date = Today.AddDays(-2), Description = "Ventede ved arbejdspladsen." };

        order.ReportBreach(form, Police, Today, TestData.Now, request);
        order.ReportBreach(form, Police, Today, TestData.Now, request);

        var breach = Assert.Single(order.Breaches);
        Assert.Equal((Today.AddDays(-2), "Ventede ved arbejdspladsen.", "Jens 9", true), (breach.Date, breach.Description, breach.RecordedByName, breach.ReportedToPolice));
    }

    [Fact]
    public void A_breach_must_lie_within_the_orders_period_and_not_in_the_future()
    {
        var order = Order(Today.AddDays(-30), Today.AddDays(-5));
        Assert.Equal("Datoen skal ligge i perioden 25-10-2026 – 19-11-2026, hvor tilholdet gælder.",
            order.ValidateBreach(new BreachForm { Date = Today.AddDays(-31), Description = "x" }, Today)["Date"]);
        Assert.Equal("Datoen kan ikke ligge i fremtiden.", order.ValidateBreach(new BreachForm { Date = Today.AddDays(1), Description = "x" }, Today)["Date"]);
        Assert.Equal("Beskrivelsen skal udfyldes.", order.ValidateBreach(new BreachForm { Date = Today.AddDays(-10) }, Today)["Description"]);
        Assert.Throws<DomainValidationException>(() => order.ReportBreach(new BreachForm { Date = Today, Description = "x" }, Police, Today, TestData.Now, Guid.NewGuid()));
        Assert.Empty(order.Breaches);
    }
}
