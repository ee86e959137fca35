using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

public class CaseStatusTests
{
    [Theory]
    [InlineData(CaseStatus.Modtaget, CaseStatus.Visiteret, true)]
    [InlineData(CaseStatus.Modtaget, CaseStatus.Afsluttet, true)]
    [InlineData(CaseStatus.Modtaget, CaseStatus.IForloeb, false)]
    [InlineData(CaseStatus.Visiteret, CaseStatus.IForloeb, true)]
    [InlineData(CaseStatus.Visiteret, CaseStatus.Afsluttet, true)]
    [InlineData(CaseStatus.Visiteret, CaseStatus.Modtaget, false)]
    [InlineData(CaseStatus.IForloeb, CaseStatus.Afsluttet, true)]
    [InlineData(CaseStatus.IForloeb, CaseStatus.Visiteret, false)]
    [InlineData(CaseStatus.IForloeb, CaseStatus.Modtaget, false)]
    [InlineData(CaseStatus.Afsluttet, CaseStatus.IForloeb, true)]
    [InlineData(CaseStatus.Afsluttet, CaseStatus.Modtaget, false)]
    [InlineData(CaseStatus.Afsluttet, CaseStatus.Visiteret, false)]
    public void Only_the_allowed_transitions_exist(CaseStatus from, CaseStatus to, bool allowed) =>
        Assert.Equal(allowed, CaseStatusRules.CanMove(from, to));

    [Fact]
    public void A_forbidden_move_is_refused_in_danish_and_changes_nothing()
    {
        var visitator = TestData.Staff(1, Role.Visitator);
        var c = TestData.NewCase(visitator: visitator);
        var events = c.Events.Count;

        var ex = Assert.Throws<DomainRuleException>(() => c.MoveTo(CaseStatus.IForloeb, visitator, TestData.Now));

        Assert.Equal("En sag kan ikke gå fra Modtaget til I forløb.", ex.Message);
        Assert.Equal(CaseStatus.Modtaget, c.Status);
        Assert.Equal(events, c.Events.Count);
    }

    [Fact]
    public void A_course_needs_a_contact_person()
    {
        var visitator = TestData.Staff(1, Role.Visitator);
        var c = TestData.NewCase(visitator: visitator);
        c.MoveTo(CaseStatus.Visiteret, visitator, TestData.Now);

        var ex = Assert.Throws<DomainRuleException>(() => c.MoveTo(CaseStatus.IForloeb, visitator, TestData.Now));
        Assert.Contains("fast kontaktperson", ex.Message);

        c.AssignContactPerson(TestData.Staff(2, Role.Kontaktperson), visitator, TestData.Now);
        c.MoveTo(CaseStatus.IForloeb, visitator, TestData.Now);
        Assert.Equal(CaseStatus.IForloeb, c.Status);
    }

    [Fact]
    public void A_status_change_records_the_status_it_moved_to_and_other_events_none()
    {
        var visitator = TestData.Staff(1, Role.Visitator);
        var c = TestData.NewCase(visitator: visitator);
        c.MoveTo(CaseStatus.Visiteret, visitator, TestData.Now);
        c.AssignContactPerson(TestData.Staff(2, Role.Kontaktperson), visitator, TestData.Now);
        c.MoveTo(CaseStatus.IForloeb, visitator, TestData.Now);
        c.MoveTo(CaseStatus.Afsluttet, visitator, TestData.Now, CaseOutcome.IkkeBehovForForloeb);

        Assert.Equal([CaseStatus.Visiteret, CaseStatus.IForloeb, CaseStatus.Afsluttet],
            c.Events.Where(e => e.Kind == CaseEventKind.StatusChanged).Select(e => e.ToStatus!.Value));
        Assert.All(c.Events.Where(e => e.Kind != CaseEventKind.StatusChanged), e => Assert.Null(e.ToStatus));
    }

    [Fact]
    public void Closing_records_the_date_and_reopening_clears_it()
    {
        var visitator = TestData.Staff(1, Role.Visitator);
        var c = TestData.NewCase(visitator: visitator);
        var refused = Assert.Throws<DomainRuleException>(() => c.MoveTo(CaseStatus.Afsluttet, visitator, TestData.Now.AddDays(3)));
        Assert.Equal("Vælg, hvordan forløbet sluttede, før sagen afsluttes.", refused.Message);
        Assert.Equal(CaseStatus.Modtaget, c.Status);

        c.MoveTo(CaseStatus.Afsluttet, visitator, TestData.Now.AddDays(3), CaseOutcome.IkkeBehovForForloeb);
        Assert.Equal(TestData.Now.AddDays(3), c.ClosedAt);
        Assert.Equal(CaseOutcome.IkkeBehovForForloeb, c.Outcome);
        Assert.Equal("Status ændret fra Modtaget til Afsluttet. Udfald: Ikke behov for et forløb.", c.Events[^1].Text);

        c.AssignContactPerson(TestData.Staff(2, Role.Kontaktperson), visitator, TestData.Now);
        c.MoveTo(CaseStatus.IForloeb, visitator, TestData.Now.AddDays(10));
        Assert.Null(c.ClosedAt);
        Assert.Null(c.Outcome);
        Assert.Equal(CaseEventKind.StatusChanged, c.Events[^1].Kind);
        Assert.Equal("Status ændret fra Afsluttet til I forløb.", c.Events[^1].Text);
    }
}
