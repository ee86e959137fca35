using Portal.Domain.Cases;
using Portal.Domain.ContactPersons;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

/// <summary>A declared conflict of interest can be withdrawn with a reason; the declaration stays as history.</summary>
public class ConflictWithdrawalTests
{
    private readonly StaffMember _visitator = TestData.Staff(1, Role.Visitator);
    private readonly StaffMember _otherVisitator = TestData.Staff(2, Role.Visitator);
    private readonly StaffMember _owner = TestData.Staff(3, Role.Kontaktperson);
    private readonly StaffMember _colleague = TestData.Staff(4, Role.Kontaktperson);

    private (Case Case, ConflictOfInterest Conflict) Conflicted()
    {
        var c = TestData.NewCase(visitator: _visitator);
        c.AssignContactPerson(_owner, _visitator, TestData.Now);
        var conflict = c.DeclareConflict(_otherVisitator, ConflictReason.KenderBorgeren, null, _otherVisitator, TestData.Now);
        SetId(conflict, 7);
        return (c, conflict);
    }

    private static void SetId(ConflictOfInterest conflict, int id) =>
        typeof(ConflictOfInterest).GetProperty(nameof(ConflictOfInterest.Id))!.SetValue(conflict, id);

    [Fact]
    public void The_staff_member_withdraws_their_own_and_sees_the_case_again_with_the_declaration_kept()
    {
        var (c, conflict) = Conflicted();
        Assert.False(CaseAccess.CanSee(c, _otherVisitator, TestData.Now));

        c.WithdrawConflict(conflict.Id, "  Det var en anden med samme navn. ", _otherVisitator, TestData.Now.AddHours(1));

        Assert.True(CaseAccess.CanSee(c, _otherVisitator, TestData.Now));
        Assert.False(c.HasConflict(_otherVisitator));
        var kept = Assert.Single(c.Conflicts);
        Assert.Equal((TestData.Now.AddHours(1), _otherVisitator.Name, "Det var en anden med samme navn."),
            (kept.WithdrawnAt!.Value, kept.WithdrawnByName!, kept.WithdrawnReason!));
        var e = c.Events[^1];
        Assert.Equal((CaseEventKind.ConflictWithdrawn, $"{_otherVisitator.Name} har trukket sin inhabilitet i sagen tilbage."), (e.Kind, e.Text));
        Assert.DoesNotContain("samme navn", e.Text); // the reason stays in the conflict record
    }

    [Fact]
    public void The_cases_visitator_may_withdraw_it_but_a_colleague_or_the_contact_person_may_not()
    {
        var (c, conflict) = Conflicted();
        foreach (var who in new[] { _owner, _colleague })
        {
            var refused = Assert.Throws<DomainRuleException>(() => c.WithdrawConflict(conflict.Id, "Fejl.", who, TestData.Now));
            Assert.Equal("Kun medarbejderen selv eller sagens stalkingvisitator kan trække inhabiliteten tilbage.", refused.Message);
        }
        Assert.True(c.HasConflict(_otherVisitator));

        c.WithdrawConflict(conflict.Id, "Registreret på den forkerte kollega.", _visitator, TestData.Now);
        Assert.False(c.HasConflict(_otherVisitator));
        Assert.Equal($"Inhabiliteten for {_otherVisitator.Name} er trukket tilbage af {_visitator.Name}.", c.Events[^1].Text);
    }

    [Fact]
    public void A_reason_is_required_and_at_most_500_characters_and_nothing_changes_without_it()
    {
        var (c, conflict) = Conflicted();
        var events = c.Events.Count;

        var missing = Assert.Throws<DomainValidationException>(() => c.WithdrawConflict(conflict.Id, " ", _otherVisitator, TestData.Now));
        Assert.Equal("Begrundelsen skal udfyldes.", missing.Errors["WithdrawReason"]);
        var tooLong = Assert.Throws<DomainValidationException>(() => c.WithdrawConflict(conflict.Id, new string('x', 501), _otherVisitator, TestData.Now));
        Assert.Equal("Begrundelsen må højst være 500 tegn (der er 501).", tooLong.Errors["WithdrawReason"]);

        Assert.True(c.HasConflict(_otherVisitator));
        Assert.Null(conflict.WithdrawnAt);
        Assert.Equal(events, c.Events.Count);
    }

    [Fact]
    public void Declaring_again_after_a_withdrawal_is_a_new_declaration_and_withdrawing_twice_changes_nothing()
    {
        var (c, conflict) = Conflicted();
        c.WithdrawConflict(conflict.Id, "Fejl.", _otherVisitator, TestData.Now);
        var events = c.Events.Count;
        c.WithdrawConflict(conflict.Id, "Igen.", _otherVisitator, TestData.Now.AddHours(1));
        Assert.Equal(("Fejl.", events), (conflict.WithdrawnReason!, c.Events.Count));

        var again = c.DeclareConflict(_otherVisitator, ConflictReason.KenderModparten, null, _otherVisitator, TestData.Now.AddDays(1));

        Assert.NotSame(conflict, again);
        Assert.Equal(2, c.Conflicts.Count);
        Assert.True(c.HasConflict(_otherVisitator));
        Assert.False(CaseAccess.CanSee(c, _otherVisitator, TestData.Now));
    }

    [Fact]
    public void The_query_rule_ignores_withdrawn_conflicts_and_agrees_with_the_predicate()
    {
        var (withdrawn, conflict) = Conflicted();
        withdrawn.WithdrawConflict(conflict.Id, "Fejl.", _otherVisitator, TestData.Now);
        var (still, _) = Conflicted();
        var cases = new[] { withdrawn, still }.AsQueryable();

        Assert.Equal([withdrawn], cases.Where(CaseAccess.VisibleTo(_otherVisitator, TestData.Now)).ToList());
        foreach (var c in new[] { withdrawn, still })
            Assert.Equal(CaseAccess.CanSee(c, _otherVisitator, TestData.Now), new[] { c }.AsQueryable().Any(CaseAccess.VisibleTo(_otherVisitator, TestData.Now)));
    }
}
