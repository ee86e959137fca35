using Portal.Domain.Staff;

namespace Portal.Tests.Domain;

public class StaffSessionTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_fresh_session_goes_on()
    {
        var staff = TestData.Staff(1, Role.Visitator);
        Assert.Null(new StaffSession(staff, Start).ReasonToEnd(staff, Start.AddMinutes(29)));
    }

    [Fact]
    public void Thirty_minutes_without_activity_ends_it_but_activity_keeps_it()
    {
        var staff = TestData.Staff(1, Role.Visitator);
        var idle = new StaffSession(staff, Start);
        Assert.Equal("Logget ud efter 30 minutter uden aktivitet.", idle.ReasonToEnd(staff, Start.AddMinutes(31)));

        var busy = new StaffSession(staff, Start);
        Assert.True(busy.Touch(Start.AddMinutes(20)));
        Assert.False(busy.Touch(Start.AddMinutes(20.5))); // written less than a minute ago
        Assert.Null(busy.ReasonToEnd(staff, Start.AddMinutes(45)));
    }

    [Fact]
    public void Ten_hours_end_it_however_busy()
    {
        var staff = TestData.Staff(1, Role.Visitator);
        var session = new StaffSession(staff, Start);
        for (var m = 10; m <= 610; m += 10) session.Touch(Start.AddMinutes(m));
        Assert.Contains("10 timer", session.ReasonToEnd(staff, Start.AddMinutes(605)));
    }

    [Fact]
    public void A_deactivation_or_another_role_ends_it()
    {
        var staff = TestData.Staff(1, Role.Visitator);
        var session = new StaffSession(staff, Start);
        Assert.Contains("anden rolle", session.ReasonToEnd(TestData.Staff(1, Role.Kontaktperson), Start.AddMinutes(1)));
        staff.IsActive = false;
        Assert.Contains("deaktiveret", session.ReasonToEnd(staff, Start.AddMinutes(1)));
        Assert.Equal("Medarbejderen er deaktiveret.", session.ReasonToEnd(null, Start.AddMinutes(1)));
    }

    [Fact]
    public void Ids_are_long_and_random()
    {
        var staff = TestData.Staff(1, Role.Visitator);
        var a = new StaffSession(staff, Start);
        var b = new StaffSession(staff, Start);
        Assert.Equal(64, a.Id.Length);
        Assert.NotEqual(a.Id, b.Id);
    }
}
