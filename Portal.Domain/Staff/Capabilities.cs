namespace Portal.Domain.Staff;

/// <summary>What a role may do in the portal, independent of any one case. Case access comes on top (CaseAccess).</summary>
public enum Capability
{
    /// <summary>Read and change the contents of cases they have access to.</summary>
    WorkOnCases,
    RegisterInquiry,
    ReportConcern,
    TakeInquiry,
    RunVisitation,
    AnswerConsultation,
    /// <summary>Choose the case's fixed contact person and record the citizen's wishes for one.</summary>
    AssignContactPerson,
    /// <summary>Be a case's fixed contact person (a candidate in the ranking); visitators rank after caseworkers.</summary>
    BeContactPerson,
    /// <summary>Be someone a case is shared with (police get referrals instead).</summary>
    ReceiveCaseShare,
    AskConsultation,
    SendReferral,
    AssessRisk,
    EditCrisisPlan,
    /// <summary>Answer referrals sent to the police and record restraining orders.</summary>
    AnswerPoliceReferral,
    /// <summary>Open a case they may not see, for reading, with a recorded reason (nødadgang).</summary>
    UseEmergencyAccess,
    ReviewEmergencyAccess,
    Administer,
}

public static class Capabilities
{
    private static readonly Role[] CaseWorkers = [Role.Visitator, Role.Kontaktperson, Role.Raadgiver];

    /// <summary>The one table of who may do what.</summary>
    public static IReadOnlyList<Role> RolesFor(Capability capability) => capability switch
    {
        Capability.WorkOnCases => CaseWorkers,
        Capability.RegisterInquiry => CaseWorkers,
        Capability.ReportConcern => [Role.Fagperson],
        Capability.TakeInquiry => [Role.Visitator],
        Capability.RunVisitation => [Role.Visitator],
        Capability.AnswerConsultation => [Role.Visitator],
        Capability.AssignContactPerson => [Role.Visitator],
        Capability.BeContactPerson => CaseWorkers,
        Capability.ReceiveCaseShare => CaseWorkers,
        Capability.AskConsultation => [Role.Kontaktperson, Role.Raadgiver],
        Capability.SendReferral => CaseWorkers,
        Capability.AssessRisk => CaseWorkers,
        Capability.EditCrisisPlan => CaseWorkers,
        Capability.AnswerPoliceReferral => [Role.Politi],
        Capability.UseEmergencyAccess => [Role.Visitator, Role.Kontaktperson, Role.Raadgiver, Role.Leder],
        Capability.ReviewEmergencyAccess => [Role.Leder],
        Capability.Administer => [Role.Administrator],
        _ => [],
    };

    public static bool May(this Role role, Capability capability) => RolesFor(capability).Contains(role);

    public static bool May(this StaffMember staff, Capability capability) => staff.IsActive && staff.Role.May(capability);
}
