using Portal.Domain.Referrals;
using Portal.Domain.Validation;
using static Portal.Tests.Domain.ReferralTestData;

namespace Portal.Tests.Domain;

/// <summary>Restraining orders and their breaches are corrected with a reason; the values before are kept.</summary>
public class RestrainingOrderCorrectionTests
{
    private static RestrainingOrder Order() =>
        RestrainingOrder.Record(CaseId, new RestrainingOrderForm { Kind = RestrainingOrderKind.Tilhold, From = Today.AddDays(-30), To = Today.AddDays(300), Note = "Udstedt af Syd- og Sønderjyllands Politi" },
            Police, TestData.Now, Guid.NewGuid());

    private static RestrainingOrderForm Form(RestrainingOrder o, Action<RestrainingOrderForm> change)
    {
        var form = RestrainingOrderForm.Of(o);
        change(form);
        return form;
    }

    [Fact]
    public void A_correction_keeps_the_previous_values_who_when_and_why()
    {
        var order = Order();
        var before = order.Describe();

        order.Correct(Form(order, f => f.To = Today.AddDays(700)), " Politiet forlængede tilholdet. ", Police, TestData.Now.AddHours(2), Guid.NewGuid());

        Assert.Equal(Today.AddDays(700), order.To);
        var c = Assert.Single(order.Corrections);
        Assert.Equal(("Tilhold", before, "Politiet forlængede tilholdet.", Police.Name, TestData.Now.AddHours(2), (int?)null),
            (c.What, c.Previous, c.Reason, c.ByName, c.At, c.BreachId));
        Assert.StartsWith("Tilhold 25-10-2026 – 20-09-2027; bemærkning: Udstedt af", c.Previous);
    }

    [Fact]
    public void Without_a_reason_or_without_a_change_nothing_is_corrected()
    {
        var order = Order();
        var missing = Assert.Throws<DomainValidationException>(() => order.Correct(Form(order, f => f.To = Today.AddDays(400)), " ", Police, TestData.Now, Guid.NewGuid()));
        Assert.Equal("Begrundelsen for rettelsen skal udfyldes.", missing.Errors["Reason"]);
        var same = Assert.Throws<DomainValidationException>(() => order.Correct(Form(order, _ => { }), "Tastefejl.", Police, TestData.Now, Guid.NewGuid()));
        Assert.Equal("Intet er rettet. Ret mindst én oplysning, eller annullér.", same.Errors[RestrainingOrderCorrection.ChangesField]);
        var backwards = Assert.Throws<DomainValidationException>(() => order.Correct(Form(order, f => f.To = Today.AddDays(-40)), "Fejl.", Police, TestData.Now, Guid.NewGuid()));
        Assert.Equal("Udløbsdatoen skal ligge efter startdatoen.", backwards.Errors["To"]);
        Assert.Equal(Today.AddDays(300), order.To);
        Assert.Empty(order.Corrections);
    }

    [Fact]
    public void The_period_cannot_be_corrected_away_from_a_recorded_breach()
    {
        var order = Order();
        order.ReportBreach(new BreachForm { Date = Today.AddDays(-20), Description = "Stod ved døren." }, Police, Today, TestData.Now, Guid.NewGuid());

        var e = Assert.Throws<DomainValidationException>(() => order.Correct(Form(order, f => f.From = Today.AddDays(-10)), "Forkert startdato.", Police, TestData.Now, Guid.NewGuid()));

        Assert.Equal("Overtrædelsen den 04-11-2026 ligger uden for den nye periode. Ret overtrædelsen først.", e.Errors["From"]);
        Assert.Equal(Today.AddDays(-30), order.From);
    }

    [Fact]
    public void A_breach_is_corrected_with_its_previous_text_kept_and_the_same_request_twice_corrects_once()
    {
        var order = Order();
        var breach = order.ReportBreach(new BreachForm { Date = Today.AddDays(-2), Description = "Ventede ved arbejdet." }, Police, Today, TestData.Now, Guid.NewGuid());
        var request = Guid.NewGuid();
        var form = new BreachForm { Date = Today.AddDays(-3), Description = "Ventede ved arbejdet.", ReportedToPolice = false };

        order.CorrectBreach(breach.Id, form, "Borgeren huskede datoen forkert.", Police, Today, TestData.Now, request);
        order.CorrectBreach(breach.Id, form, "Borgeren huskede datoen forkert.", Police, Today, TestData.Now, request);

        Assert.Equal((Today.AddDays(-3), false), (breach.Date, breach.ReportedToPolice));
        var c = Assert.Single(order.Corrections);
        Assert.Equal(("Overtrædelse 22-11-2026", "22-11-2026: Ventede ved arbejdet. (anmeldt til politiet)"), (c.What, c.Previous));
        var future = Assert.Throws<DomainValidationException>(() =>
            order.CorrectBreach(breach.Id, new BreachForm { Date = Today.AddDays(1), Description = "X" }, "Fejl.", Police, Today, TestData.Now, Guid.NewGuid()));
        Assert.Equal("Datoen kan ikke ligge i fremtiden.", future.Errors["Date"]);
    }
}
