using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

public class ProtectionLapseTests
{
    private readonly StaffMember _visitator = TestData.Staff(1, Role.Visitator);
    private readonly StaffMember _outsider = TestData.Staff(6, Role.Raadgiver);
    private static readonly DateOnly Today = DanishTime.Today(TestData.Now);

    [Fact]
    public void Turning_protection_on_records_a_year_and_the_reminder_starts_30_days_before()
    {
        var c = TestData.NewCase(visitator: _visitator);
        c.ChangeProtection(true, false, "Set i CPR-registret.", _visitator, TestData.Now);

        Assert.Equal((Today, Today.AddMonths(12)), (c.Citizen.ProtectedFrom, c.Citizen.ProtectedUntil));
        var until = c.Citizen.ProtectedUntil!.Value;
        Assert.Equal(ProtectionState.Active, ProtectionLapse.StateOf(c.Citizen, until.AddDays(-31)));
        Assert.Equal(ProtectionState.ExpiresSoon, ProtectionLapse.StateOf(c.Citizen, until.AddDays(-30)));
        Assert.True(ProtectionLapse.NeedsRenewal(c.Citizen, until.AddDays(-30)));
        Assert.Contains($"Udløber i CPR-registret {until:dd-MM-yyyy}", c.Events.Last().Text);
    }

    [Fact]
    public void An_expired_protection_is_never_lifted_silently()
    {
        var c = TestData.NewCase(visitator: _visitator);
        c.ChangeProtection(true, false, "Set i CPR-registret.", _visitator, TestData.Now, Today.AddDays(10));
        var later = TestData.Now.AddDays(40);

        Assert.Equal(ProtectionState.ExpiredUnconfirmed, ProtectionLapse.StateOf(c.Citizen, DanishTime.Today(later)));
        Assert.True(c.Citizen.AddressProtected);
        Assert.False(CaseAccess.MaySeeAddress(c, _outsider, later));
        Assert.Equal(CaseAccess.MaskedAddress, CaseView.For(c, _outsider, later).Citizen.Address);

        c.RenewProtection(DanishTime.Today(later).AddMonths(12), "Fornyet i CPR-registret.", _visitator, later);
        Assert.Equal(ProtectionState.Active, ProtectionLapse.StateOf(c.Citizen, DanishTime.Today(later)));
        Assert.StartsWith("Beskyttelsen er fornyet i CPR-registret til og med", c.Events.Last().Text);
    }

    [Fact]
    public void A_protection_without_a_recorded_expiry_asks_for_one()
    {
        var c = TestData.NewCase(protectedAddress: true, visitator: _visitator);
        Assert.Null(c.Citizen.ProtectedUntil);
        Assert.Equal(ProtectionState.ExpiryUnknown, ProtectionLapse.StateOf(c.Citizen, Today));
        Assert.True(ProtectionLapse.NeedsRenewal(c.Citizen, Today));
    }

    [Fact]
    public void Renewal_dates_are_checked_in_Danish()
    {
        var c = TestData.NewCase(protectedAddress: true, visitator: _visitator);
        var past = Assert.Throws<DomainValidationException>(() => c.RenewProtection(Today.AddDays(-1), "Set.", _visitator, TestData.Now));
        Assert.Equal("Udløbsdatoen kan ikke ligge i fortiden.", past.Errors["Until"]);
        var far = Assert.Throws<DomainValidationException>(() => c.RenewProtection(Today.AddYears(3), "Set.", _visitator, TestData.Now));
        Assert.StartsWith("Beskyttelsen udløber normalt efter et år.", far.Errors["Until"]);
        var none = TestData.NewCase(visitator: _visitator);
        Assert.Equal("Borgeren har ingen navne- eller adressebeskyttelse at forny.",
            Assert.Throws<DomainRuleException>(() => none.RenewProtection(Today.AddMonths(6), "Set.", _visitator, TestData.Now)).Message);
    }

    [Fact]
    public void Contact_rules_come_before_calling()
    {
        Assert.Equal(["Ring kun: tirsdag 10–12", "Må ikke lægge besked", "Ingen sms", "Ingen breve til hjemmet"],
            SafeContactGuidance.Lines(new SafeContact { MayCall = true, SafeTimes = "tirsdag 10–12" }));
        Assert.Equal(["Må ikke ringes op"], SafeContactGuidance.Lines(new SafeContact { MayCall = false, MaySendSms = true, MaySendLettersHome = true }));
        Assert.Empty(SafeContactGuidance.Lines(new SafeContact { MayCall = true, MayLeaveVoicemail = true, MaySendSms = true, MaySendLettersHome = true }));
    }
}
