using Portal.Domain.ContactPersons;
using Portal.Domain.Staff;

namespace Portal.Tests.Domain;

public class ContactPersonCapabilityTests
{
    [Theory]
    [InlineData(Role.Visitator, true)]
    [InlineData(Role.Kontaktperson, true)]
    [InlineData(Role.Raadgiver, true)]
    [InlineData(Role.Fagperson, false)]
    [InlineData(Role.Politi, false)]
    [InlineData(Role.Leder, false)]
    [InlineData(Role.Administrator, false)]
    public void Caseworkers_and_visitators_may_be_a_fixed_contact_person(Role role, bool may)
    {
        Assert.Equal(may, role.May(Capability.BeContactPerson));
        Assert.Equal(may, ContactPersonRanking.MayBeContactPerson(TestData.Staff(1, role)));
    }

    [Fact]
    public void An_inactive_staff_member_may_not()
    {
        var staff = TestData.Staff(1, Role.Kontaktperson);
        staff.IsActive = false;

        Assert.False(ContactPersonRanking.MayBeContactPerson(staff));
    }

    [Fact]
    public void The_case_refuses_a_contact_person_the_table_does_not_allow()
    {
        var visitator = TestData.Staff(1, Role.Visitator, "Mette Lund");
        var police = TestData.Staff(2, Role.Politi, "Jens Politi");
        var c = TestData.NewCase(visitator: visitator);

        var ex = Assert.Throws<Portal.Domain.Validation.DomainRuleException>(() => c.AssignContactPerson(police, visitator, TestData.Now));

        Assert.Equal($"{police.Name} kan ikke være fast kontaktperson ({Role.Politi.Danish()}).", ex.Message);
        Assert.Null(c.ContactPersonId);
    }
}
