namespace Portal.Domain.Staff;

/// <summary>
/// The municipal areas a citizen may need and a staff member's department covers. A flags set: a
/// citizen may need several, and a department may cover more than one.
/// </summary>
[Flags]
public enum ServiceAreas
{
    None = 0,
    Jobcenter = 1,
    BoernOgFamilie = 2,
    Socialomraadet = 4,
    Sundhed = 8,
}

public static class ServiceAreaNames
{
    /// <summary>Each single area, in the order the portal shows them.</summary>
    public static readonly IReadOnlyList<ServiceAreas> All =
        [ServiceAreas.Jobcenter, ServiceAreas.BoernOgFamilie, ServiceAreas.Socialomraadet, ServiceAreas.Sundhed];

    public static IEnumerable<ServiceAreas> Split(this ServiceAreas areas) => All.Where(a => (areas & a) == a);

    /// <summary>"Jobcenter", "Børn og familie og Sundhed", or "" for none.</summary>
    public static string Danish(this ServiceAreas areas)
    {
        var names = areas.Split().Select(Single).ToList();
        return names.Count <= 1 ? names.SingleOrDefault() ?? "" : string.Join(", ", names[..^1]) + " og " + names[^1];
    }

    private static string Single(ServiceAreas area) => area switch
    {
        ServiceAreas.Jobcenter => "Jobcenter",
        ServiceAreas.BoernOgFamilie => "Børn og familie",
        ServiceAreas.Socialomraadet => "Socialområdet",
        ServiceAreas.Sundhed => "Sundhed",
        _ => area.ToString(),
    };
}
