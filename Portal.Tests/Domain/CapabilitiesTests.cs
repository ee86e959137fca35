using Portal.Domain.Staff;
using static Portal.Domain.Staff.Capability;

namespace Portal.Tests.Domain;

/// <summary>The one table of who may do what, read role by role.</summary>
public class CapabilitiesTests
{
    public static TheoryData<Role, Capability[]> Table => new()
    {
        { Role.Visitator, [SeeOverview, WorkOnCases, WorkWithCaseContents, OpenCasePages, RegisterInquiry, TakeInquiry, RunVisitation,
            AnswerConsultation, AssignContactPerson, ReceiveCaseShare, SendReferral, AssessRisk, EditCrisisPlan, UseEmergencyAccess, BeContactPerson] },
        { Role.Kontaktperson, [SeeOverview, WorkOnCases, WorkWithCaseContents, OpenCasePages, RegisterInquiry, ReceiveCaseShare,
            AskConsultation, SendReferral, AssessRisk, EditCrisisPlan, UseEmergencyAccess, BeContactPerson] },
        { Role.Raadgiver, [SeeOverview, WorkOnCases, WorkWithCaseContents, OpenCasePages, RegisterInquiry, ReceiveCaseShare,
            AskConsultation, SendReferral, AssessRisk, EditCrisisPlan, UseEmergencyAccess, BeContactPerson] },
        { Role.Fagperson, [SeeOverview, ReportConcern] },
        { Role.Politi, [SeeOverview, WorkWithCaseContents, AnswerPoliceReferral] },
        { Role.Leder, [SeeOverview, OpenCasePages, UseEmergencyAccess, ReviewEmergencyAccess, SeeDashboards] },
        { Role.Administrator, [SeeOverview, SeeDashboards, Administer] },
    };

    [Theory]
    [InlineData(AssignContactPerson, "Det kan kun rollen Stalkingvisitator gøre.")]
    [InlineData(AskConsultation, "Det kan kun rollerne Kontaktperson og Rådgiver gøre.")]
    [InlineData(SendReferral, "Det kan kun rollerne Stalkingvisitator, Kontaktperson og Rådgiver gøre.")]
    public void A_refusal_names_the_roles_the_table_allows(Capability capability, string expected) =>
        Assert.Equal(expected, Capabilities.Refusal(capability));

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_role_has_exactly_its_capabilities(Role role, Capability[] expected)
    {
        var actual = Enum.GetValues<Capability>().Where(c => role.May(c)).ToArray();
        Assert.Equal(expected.Order(), actual.Order());
    }

    [Fact]
    public void Every_role_is_in_the_table_and_every_capability_belongs_to_some_role()
    {
        Assert.Equal(Enum.GetValues<Role>().Order(), Table.Select(row => (Role)row[0]).Order());
        Assert.All(Enum.GetValues<Capability>(), c => Assert.NotEmpty(Capabilities.RolesFor(c)));
    }

    [Fact]
    public void An_inactive_staff_member_may_nothing()
    {
        var staff = new StaffMember("visitator.x", "X", Role.Visitator, "Visitationen", 10);
        Assert.True(staff.May(RunVisitation));
        staff.IsActive = false;
        Assert.DoesNotContain(Enum.GetValues<Capability>(), staff.May);
    }

    [Fact]
    public void The_authorize_role_strings_are_rows_of_the_table()
    {
        Assert.Equal(RoleNames.CaseWorkers, Capabilities.RoleNamesFor(WorkWithCaseContents));
        Assert.Equal(RoleNames.CasePages, Capabilities.RoleNamesFor(OpenCasePages));
        Assert.Equal("Leder,Administrator", Capabilities.RoleNamesFor(SeeDashboards));
    }

    [Theory]
    [InlineData(Role.Visitator, true)]
    [InlineData(Role.Politi, true)]
    [InlineData(Role.Leder, false)]
    [InlineData(Role.Fagperson, false)]
    public void Works_with_cases_is_the_case_contents_row(Role role, bool expected)
    {
        Assert.Equal(expected, role.WorksWithCases());
    }
}
