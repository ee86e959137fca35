namespace Portal.Domain.Staff;

public sealed class StaffMember
{
    private StaffMember() { }

    public StaffMember(string username, string name, Role role, string department, int caseCapacity = 25)
    {
        if (string.IsNullOrWhiteSpace(username)) throw new ArgumentException("Username required", nameof(username));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("Name required", nameof(name));
        Username = username.Trim().ToLowerInvariant();
        Name = name.Trim();
        Role = role;
        Department = department.Trim();
        CaseCapacity = caseCapacity;
    }

    public int Id { get; init; }
    public string Username { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Role Role { get; private set; }
    public string Department { get; private set; } = "";
    public DateOnly? StalkingTrainedOn { get; set; }
    public List<string> Languages { get; set; } = ["dansk"];
    public int CaseCapacity { get; private set; }
    public Gender? Gender { get; set; }
    /// <summary>The areas the staff member's department covers, matched against the citizen's needs.</summary>
    public ServiceAreas Areas { get; set; }
    /// <summary>Work phone and e-mail, printed in the letter that tells the citizen who their contact person is.</summary>
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>The municipality, police district or partner the staff member works for (default: the first municipality).</summary>
    public int OrganisationId { get; set; } = Organisations.Organisation.FirstId;
    /// <summary>
    /// The Entra ID object id (the immutable "oid" claim), bound at the first Entra sign-in. From then on the staff
    /// member is found by it, so a user name moved to another person never opens this record.
    /// </summary>
    public string? EntraObjectId { get; private set; }
    public Guid Version { get; set; }

    /// <summary>Binds the Entra object id once; a record bound to another id is never rebound.</summary>
    public bool BindEntraObjectId(string objectId)
    {
        if (EntraObjectId is not null) return EntraObjectId == objectId;
        EntraObjectId = objectId;
        return true;
    }
}
