using Portal.Domain.Cases;
using Portal.Domain.ContactPersons;
using Portal.Domain.Staff;

namespace Portal.Tests.Domain;

/// <summary>A staff member who declared a conflict of interest never sees the case, whatever else would let them.</summary>
public class ConflictAccessTests
{
    private readonly StaffMember _visitator = TestData.Staff(1, Role.Visitator);
    private readonly StaffMember _otherVisitator = TestData.Staff(2, Role.Visitator);
    private readonly StaffMember _owner = TestData.Staff(3, Role.Kontaktperson);
    private readonly StaffMember _counsellor = TestData.Staff(5, Role.Raadgiver);

    private Case SharedCase()
    {
        var c = TestData.NewCase(protectedAddress: true, visitator: _visitator);
        c.AssignContactPerson(_owner, _visitator, TestData.Now);
        TestData.Share(c, _counsellor, _visitator);
        return c;
    }

    [Fact]
    public void The_contact_person_a_shared_colleague_and_a_visitator_lose_the_case_when_conflicted()
    {
        var c = SharedCase();
        Assert.True(CaseAccess.CanSee(c, _owner, TestData.Now) && CaseAccess.CanSee(c, _counsellor, TestData.Now) && CaseAccess.CanSee(c, _otherVisitator, TestData.Now));

        c.DeclareConflict(_owner, ConflictReason.KenderModparten, null, _owner, TestData.Now);
        c.DeclareConflict(_counsellor, ConflictReason.KenderBorgeren, null, _visitator, TestData.Now);
        c.DeclareConflict(_otherVisitator, ConflictReason.KenderBorgeren, null, _otherVisitator, TestData.Now);

        Assert.False(CaseAccess.CanSee(c, _owner, TestData.Now));
        Assert.False(CaseAccess.CanSee(c, _counsellor, TestData.Now));
        Assert.False(CaseAccess.CanSee(c, _otherVisitator, TestData.Now));
        Assert.True(CaseAccess.CanSee(c, _visitator, TestData.Now));
        Assert.False(CaseAccess.MaySeeAddress(c, _owner, TestData.Now)); // still the contact person on paper, but conflicted
        Assert.False(CaseView.MayEditCitizen(c, _owner, TestData.Now));
    }

    [Fact]
    public void The_query_rule_leaves_conflicted_cases_out_of_lists()
    {
        var conflicted = SharedCase();
        var other = SharedCase();
        conflicted.DeclareConflict(_owner, ConflictReason.KenderBorgeren, null, _visitator, TestData.Now);
        conflicted.DeclareConflict(_otherVisitator, ConflictReason.KenderBorgeren, null, _visitator, TestData.Now);
        var cases = new[] { conflicted, other }.AsQueryable();

        Assert.Equal([other], cases.Where(CaseAccess.VisibleTo(_owner, TestData.Now)).ToList());
        Assert.Equal([other], cases.Where(CaseAccess.VisibleTo(_otherVisitator, TestData.Now)).ToList());
        Assert.Equal(2, cases.Count(CaseAccess.VisibleTo(_visitator, TestData.Now)));
    }
}
