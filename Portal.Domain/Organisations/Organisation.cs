namespace Portal.Domain.Organisations;

public enum OrganisationKind
{
    Kommune,
    Politikreds,
    Partner,
}

/// <summary>
/// A municipality, a police district or a counselling partner. Cases belong to a municipality; a visitator works
/// the inbox and cases of their own organisation, and the police see referrals from the municipalities in their district.
/// </summary>
public sealed class Organisation
{
    /// <summary>The first municipality: staff and cases from before organisations existed belong to it.</summary>
    public const int FirstId = 1;

    private Organisation() { }

    public Organisation(int id, string name, OrganisationKind kind, int? policeDistrictId = null)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("Name required", nameof(name));
        Id = id;
        Name = name.Trim();
        Kind = kind;
        PoliceDistrictId = policeDistrictId;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public OrganisationKind Kind { get; private set; }
    /// <summary>For a municipality: the police district its police referrals go to.</summary>
    public int? PoliceDistrictId { get; private set; }
}
