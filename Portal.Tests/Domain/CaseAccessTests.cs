using Portal.Domain.Cases;
using Portal.Domain.Staff;

namespace Portal.Tests.Domain;

public class CaseAccessTests
{
    private readonly StaffMember _visitator = TestData.Staff(1, Role.Visitator);
    private readonly StaffMember _otherVisitator = TestData.Staff(2, Role.Visitator);
    private readonly StaffMember _owner = TestData.Staff(3, Role.Kontaktperson);
    private readonly StaffMember _otherOwner = TestData.Staff(4, Role.Kontaktperson);
    private readonly StaffMember _police = TestData.Staff(5, Role.Politi);
    private readonly StaffMember _counsellor = TestData.Staff(6, Role.Raadgiver);
    private readonly StaffMember _frontLine = TestData.Staff(7, Role.Fagperson);
    private readonly StaffMember _manager = TestData.Staff(8, Role.Leder);
    private readonly StaffMember _admin = TestData.Staff(9, Role.Administrator);

    private Case SharedCase(bool protectedAddress = false)
    {
        var c = TestData.NewCase(protectedAddress, _visitator);
        c.AssignContactPerson(_owner, _visitator, TestData.Now);
        return c;
    }

    [Fact]
    public void Visibility_follows_the_rule_for_every_role()
    {
        var c = SharedCase();
        Assert.True(CaseAccess.CanSee(c, _visitator, TestData.Now));
        Assert.True(CaseAccess.CanSee(c, _otherVisitator, TestData.Now));   // visitators see their own organisation's cases
        Assert.True(CaseAccess.CanSee(c, _owner, TestData.Now));            // its contact person
        Assert.False(CaseAccess.CanSee(c, _police, TestData.Now));          // never the case, even shared: only what referrals share
        Assert.False(CaseAccess.CanSee(c, _otherOwner, TestData.Now));
        Assert.False(CaseAccess.CanSee(c, _counsellor, TestData.Now));
        Assert.False(CaseAccess.CanSee(c, _frontLine, TestData.Now));
        Assert.False(CaseAccess.CanSee(c, _manager, TestData.Now));          // figures, not contents
        Assert.False(CaseAccess.CanSee(c, _admin, TestData.Now));
    }

    [Fact]
    public void A_visitator_of_another_organisation_sees_the_case_only_when_shared()
    {
        var c = SharedCase();
        var elsewhere = TestData.Staff(12, Role.Visitator);
        elsewhere.OrganisationId = 3;
        Assert.False(CaseAccess.CanSee(c, elsewhere, TestData.Now));
        Assert.DoesNotContain(c, new[] { c }.AsQueryable().Where(CaseAccess.VisibleTo(elsewhere, TestData.Now)));
        TestData.Share(c, elsewhere, _visitator);
        Assert.True(CaseAccess.CanSee(c, elsewhere, TestData.Now));
        Assert.Contains(c, new[] { c }.AsQueryable().Where(CaseAccess.VisibleTo(elsewhere, TestData.Now)));
    }

    [Fact]
    public void Only_the_cases_own_visitator_and_contact_person_manage_it()
    {
        var c = SharedCase();
        Assert.True(CaseAccess.MayManage(c, _visitator, TestData.Now));
        Assert.True(CaseAccess.MayManage(c, _owner, TestData.Now));
        Assert.False(CaseAccess.MayManage(c, _otherVisitator, TestData.Now)); // sees it, but it is a colleague's case
        Assert.True(CaseAccess.Allows(c, _otherVisitator, CaseOperation.Change, TestData.Now));
        Assert.False(CaseAccess.Allows(c, _otherVisitator, CaseOperation.Manage, TestData.Now));
    }

    [Fact]
    public void The_query_rule_and_the_predicate_agree_for_every_role_and_situation()
    {
        var staff = new[] { _visitator, _otherVisitator, _owner, _otherOwner, _police, _counsellor, _frontLine, _manager, _admin };
        var elsewhere = TestData.Staff(12, Role.Visitator);
        elsewhere.OrganisationId = 3;
        var plain = TestData.NewCase(visitator: _visitator);
        var shared = SharedCase();
        TestData.Share(shared, _counsellor, _visitator);
        var conflicted = SharedCase();
        conflicted.DeclareConflict(_otherVisitator, Portal.Domain.ContactPersons.ConflictReason.KenderBorgeren, null, _otherVisitator, TestData.Now);
        var withdrawn = SharedCase();
        var declared = withdrawn.DeclareConflict(_otherVisitator, Portal.Domain.ContactPersons.ConflictReason.KenderBorgeren, null, _otherVisitator, TestData.Now);
        withdrawn.WithdrawConflict(declared.Id, "Det var en fejl.", _otherVisitator, TestData.Now);
        foreach (var c in new[] { plain, shared, conflicted, withdrawn })
        foreach (var s in staff.Append(elsewhere))
            Assert.Equal(CaseAccess.CanSee(c, s, TestData.Now), new[] { c }.AsQueryable().Any(CaseAccess.VisibleTo(s, TestData.Now)));
    }

    [Fact]
    public void A_deactivated_staff_member_sees_nothing()
    {
        var c = SharedCase();
        _owner.IsActive = false;
        Assert.False(CaseAccess.CanSee(c, _owner, TestData.Now));
    }

    [Fact]
    public void The_query_rule_filters_a_list_the_same_way()
    {
        var mine = SharedCase();
        var notMine = TestData.NewCase(visitator: _visitator);
        notMine.AssignContactPerson(_otherOwner, _visitator, TestData.Now);
        var cases = new[] { mine, notMine }.AsQueryable();

        Assert.Equal([mine], cases.Where(CaseAccess.VisibleTo(_owner, TestData.Now)).ToList());
        Assert.Equal([notMine], cases.Where(CaseAccess.VisibleTo(_otherOwner, TestData.Now)).ToList());
        Assert.Equal(2, cases.Count(CaseAccess.VisibleTo(_visitator, TestData.Now)));
        Assert.Empty(cases.Where(CaseAccess.VisibleTo(_frontLine, TestData.Now)));
    }

    [Fact]
    public void A_protected_address_is_shown_only_to_the_cases_visitator_and_contact_person()
    {
        var c = SharedCase(protectedAddress: true);
        Assert.True(CaseAccess.MaySeeAddress(c, _visitator, TestData.Now));
        Assert.True(CaseAccess.MaySeeAddress(c, _owner, TestData.Now));
        Assert.False(CaseAccess.MaySeeAddress(c, _otherVisitator, TestData.Now));
        Assert.False(CaseAccess.MaySeeAddress(c, _police, TestData.Now));
    }

    [Fact]
    public void The_case_view_of_an_outsider_never_holds_the_protected_address()
    {
        var c = SharedCase(protectedAddress: true);

        var view = CaseView.For(c, _police, TestData.Now);

        Assert.True(view.Citizen.AddressHidden);
        Assert.Equal(CaseAccess.MaskedAddress, view.Citizen.Address);
        Assert.Null(view.EditableCitizen);
        Assert.False(view.CanEditCitizen);
        Assert.DoesNotContain("Hemmeligvej", System.Text.Json.JsonSerializer.Serialize(view));
    }

    [Fact]
    public void An_unprotected_address_is_shown_to_everyone_who_sees_the_case()
    {
        var view = CaseView.For(SharedCase(), _police, TestData.Now);
        Assert.Equal("Hemmeligvej 7, 6700 Esbjerg", view.Citizen.Address);
        Assert.False(view.Citizen.AddressHidden);
    }

    [Fact]
    public void Only_visitators_and_the_contact_person_edit_the_citizen()
    {
        var c = SharedCase();
        Assert.True(CaseView.MayEditCitizen(c, _visitator, TestData.Now));
        Assert.True(CaseView.MayEditCitizen(c, _owner, TestData.Now));
        Assert.False(CaseView.MayEditCitizen(c, _police, TestData.Now));
        Assert.False(CaseView.MayEditCitizen(c, _otherOwner, TestData.Now));
    }
}
