namespace Portal.Domain.Staff;

/// <summary>Portal roles. The names are the role claim values and the Entra ID app role values.</summary>
public enum Role
{
    Visitator,
    Kontaktperson,
    Raadgiver,
    Fagperson,
    Politi,
    Leder,
    Administrator,
}

public static class RoleNames
{
    public static string Danish(this Role role) => role switch
    {
        Role.Visitator => "Stalkingvisitator",
        Role.Kontaktperson => "Kontaktperson",
        Role.Raadgiver => "Rådgiver",
        Role.Fagperson => "Fagperson",
        Role.Politi => "Politi",
        Role.Leder => "Leder",
        Role.Administrator => "Administrator",
        _ => role.ToString(),
    };

    // [Authorize(Roles = …)] needs constants; a domain test holds them to the capability table.

    /// <summary>Roles that work with case contents (comma-separated, for [Authorize(Roles = ...)]): <see cref="Capability.WorkWithCaseContents"/>.</summary>
    public const string CaseWorkers = "Visitator,Kontaktperson,Raadgiver,Politi";

    /// <summary>
    /// Roles that may open a case's pages. The police are not among them (they get referrals, never the case); a manager
    /// reaches a case only by emergency access. The case gate decides for each case. <see cref="Capability.OpenCasePages"/>.
    /// </summary>
    public const string CasePages = "Visitator,Kontaktperson,Raadgiver,Leder";

    public static bool WorksWithCases(this Role role) => role.May(Capability.WorkWithCaseContents);

    public static bool TryParse(string? value, out Role role) =>
        Enum.TryParse(value, ignoreCase: false, out role) && Enum.IsDefined(role);
}
