using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.Risk;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

/// <summary>The underretning has one record, the case's decision, whether answered on the case page or on the risk page.</summary>
public class UnderretningTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly StaffMember _visitator = TestData.Staff(1, Role.Visitator);
    private readonly StaffMember _owner = TestData.Staff(3, Role.Kontaktperson);
    private readonly StaffMember _colleague = TestData.Staff(2, Role.Visitator);

    private Case CaseWithChildren()
    {
        var c = TestData.NewCase(visitator: _visitator);
        c.Citizen.AddChild(new Child("Emma", 2018));
        c.AssignContactPerson(_owner, _visitator, TestData.Now);
        return c;
    }

    [Fact]
    public void Only_the_cases_visitator_or_contact_person_decides()
    {
        var c = CaseWithChildren();
        var form = new ChildrenDecisionForm { Decision = ChildWelfareDecision.IkkeNoedvendig, Reason = "Børnene bor fast hos faren." };

        var refused = Assert.Throws<DomainRuleException>(() => c.DecideOnNotification(form, _colleague, Today, TestData.Now));
        Assert.Equal("Kun sagens visitator eller faste kontaktperson kan tage stilling til underretning.", refused.Message);
        Assert.Null(c.ChildrenDecision);

        c.DecideOnNotification(form, _owner, Today, TestData.Now);
        Assert.True(c.HasChildrenDecision);
        Assert.False(c.AwaitsChildrenDecision);
    }

    [Fact]
    public void Due_from_a_risk_assessment_leaves_the_decision_open_until_it_is_sent()
    {
        var c = CaseWithChildren();
        c.MoveTo(CaseStatus.Visiteret, _visitator, TestData.Now);

        c.DecideOnNotification(new ChildrenDecisionForm { Decision = ChildWelfareDecision.SkalUnderrettes }, _owner, Today, TestData.Now, pendingAllowed: true);
        Assert.Equal(ChildWelfareDecision.SkalUnderrettes, c.ChildrenDecision);
        Assert.True(c.AwaitsChildrenDecision);
        Assert.False(c.HasChildrenDecision);
        Assert.Contains(c.Events, e => e.Kind == CaseEventKind.ChildrenDecision && e.Text == "Underretning skal sendes til Børn og Familie.");
        var blocked = Assert.Throws<DomainRuleException>(() => c.MoveTo(CaseStatus.IForloeb, _visitator, TestData.Now));
        Assert.Contains("tag stilling til underretning", blocked.Message);

        c.DecideOnNotification(new ChildrenDecisionForm { Decision = ChildWelfareDecision.Underrettet, SentOn = Today, SentTo = "Børn og Familie, Myndighed" },
            _owner, Today, TestData.Now);
        Assert.Equal((ChildWelfareDecision.Underrettet, "Børn og Familie, Myndighed"), (c.ChildrenDecision!.Value, c.NotificationSentTo!));
        Assert.False(c.AwaitsChildrenDecision);
    }

    [Fact]
    public void The_case_page_cannot_answer_due_and_bad_input_changes_nothing()
    {
        var c = CaseWithChildren();

        var due = Assert.Throws<DomainValidationException>(() =>
            c.DecideOnNotification(new ChildrenDecisionForm { Decision = ChildWelfareDecision.SkalUnderrettes }, _owner, Today, TestData.Now));
        Assert.Equal(ChildrenDecisionForm.DecisionMissing, due.Errors["Decision"]);
        var sent = Assert.Throws<DomainValidationException>(() =>
            c.DecideOnNotification(new ChildrenDecisionForm { Decision = ChildWelfareDecision.Underrettet }, _owner, Today, TestData.Now, pendingAllowed: true));
        Assert.Equal("Angiv datoen, underretningen blev sendt.", sent.Errors["SentOn"]);
        Assert.Equal("Modtageren skal udfyldes.", sent.Errors["SentTo"]);
        Assert.Null(c.ChildrenDecision);
        Assert.DoesNotContain(c.Events, e => e.Kind == CaseEventKind.ChildrenDecision);
    }
}
