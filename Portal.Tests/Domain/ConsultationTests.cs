using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

public class ConsultationTests
{
    private readonly StaffMember _visitator = TestData.Staff(1, Role.Visitator, "Mette");

    private Case CaseOwnedBy(StaffMember owner)
    {
        var c = TestData.NewCase(visitator: _visitator);
        c.AssignContactPerson(owner, _visitator, TestData.Now);
        return c;
    }

    [Theory]
    [InlineData(Role.Kontaktperson, true)]
    [InlineData(Role.Raadgiver, true)]
    [InlineData(Role.Visitator, false)] // visitators answer sparring; they do not ask for it
    public void The_case_owner_asks_for_sparring_unless_a_visitator(Role role, bool mayAsk)
    {
        var owner = TestData.Staff(2, role, "Sofie");
        var c = CaseOwnedBy(owner);

        Assert.Equal(mayAsk, Consultation.MayAsk(c, owner, TestData.Now));
        Assert.Equal(mayAsk, Consultation.MayAsk(CaseView.For(c, owner, TestData.Now), owner));
    }

    [Fact]
    public void Someone_without_the_case_or_reading_by_emergency_access_may_not_ask()
    {
        var owner = TestData.Staff(2, Role.Kontaktperson, "Sofie");
        var stranger = TestData.Staff(9, Role.Kontaktperson, "Ukendt");
        var c = CaseOwnedBy(owner);

        Assert.False(Consultation.MayAsk(c, stranger, TestData.Now));
        Assert.False(Consultation.MayAsk(CaseView.For(c, owner, TestData.Now, byEmergencyAccess: true), owner));
        Assert.False(Consultation.MayAsk(owner, mayWorkOnCase: false, byEmergencyAccess: false));
        Assert.True(Consultation.MayAsk(owner, mayWorkOnCase: true, byEmergencyAccess: false));
    }

    [Fact]
    public void Asking_without_the_right_is_refused_with_a_danish_message()
    {
        var c = CaseOwnedBy(TestData.Staff(2, Role.Kontaktperson, "Sofie"));

        var refused = Assert.Throws<DomainRuleException>(() => Consultation.Ask(c, "Hvad gør jeg?", _visitator, TestData.Now, Guid.NewGuid()));
        Assert.Equal("Din rolle kan ikke bede om sparring på sagen.", refused.Message);
    }
}
