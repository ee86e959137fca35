namespace Portal.Domain.Staff;

/// <summary>What a role may do in the portal, independent of any one case. Case access comes on top (CaseAccess).</summary>
public enum Capability
{
    /// <summary>See one's own overview page (every role has one).</summary>
    SeeOverview,
    /// <summary>Read and change the contents of cases they have access to.</summary>
    WorkOnCases,
    /// <summary>
    /// Work with what cases hold: case workers on their cases, the police on what referrals share with them
    /// (the referral list, case documents, their own settings).
    /// </summary>
    WorkWithCaseContents,
    /// <summary>Open a case's pages; the case gate decides for each case (a manager only by emergency access).</summary>
    OpenCasePages,
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
    /// <summary>The managers' dashboards, evaluation figures and their exports; never case contents.</summary>
    SeeDashboards,
    Administer,
}

public static class Capabilities
{
    private static readonly Role[] CaseWorkers = [Role.Visitator, Role.Kontaktperson, Role.Raadgiver];
    private static readonly Role[] CaseWorkersAndPolice = [.. CaseWorkers, Role.Politi];
    private static readonly Role[] CaseWorkersAndManagers = [.. CaseWorkers, Role.Leder];

    /// <summary>The one table of who may do what.</summary>
    public static IReadOnlyList<Role> RolesFor(Capability capability) => capability switch
    {
        Capability.SeeOverview => Enum.GetValues<Role>(),
        Capability.WorkOnCases => CaseWorkers,
        Capability.WorkWithCaseContents => CaseWorkersAndPolice,
        Capability.OpenCasePages => CaseWorkersAndManagers,
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
        Capability.UseEmergencyAccess => CaseWorkersAndManagers,
        Capability.ReviewEmergencyAccess => [Role.Leder],
        Capability.SeeDashboards => [Role.Leder, Role.Administrator],
        Capability.Administer => [Role.Administrator],
        _ => [],
    };

    /// <summary>The roles as <c>[Authorize(Roles = …)]</c> writes them: comma-separated, in the enum's order.</summary>
    public static string RoleNamesFor(Capability capability) =>
        string.Join(',', Enum.GetValues<Role>().Where(r => RolesFor(capability).Contains(r)));

    public static bool May(this Role role, Capability capability) => RolesFor(capability).Contains(role);

    /// <summary>The Danish refusal for someone whose role lacks <paramref name="capability"/>: it names the roles that have it.</summary>
    public static string Refusal(Capability capability) => RolesFor(capability).Select(r => r.Danish()).ToList() switch
    {
        [] => "Det kan ingen rolle gøre.",
        [var one] => $"Det kan kun rollen {one} gøre.",
        [.. var first, var last] => $"Det kan kun rollerne {string.Join(", ", first)} og {last} gøre.",
    };

    public static bool May(this StaffMember staff, Capability capability) => staff.IsActive && staff.Role.May(capability);
}
