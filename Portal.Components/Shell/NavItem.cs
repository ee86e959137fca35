using Portal.Domain.Staff;

namespace Portal.Components.Shell;

public sealed record NavItem(string Href, string Text, string Icon, IReadOnlySet<Role> Roles)
{
    /// <summary>The portal's menu. A link appears only for the roles that may open the page behind it.</summary>
    public static readonly IReadOnlyList<NavItem> All =
    [
        new("/", "Mit overblik", MudBlazor.Icons.Material.Filled.Dashboard, Enum.GetValues<Role>().ToHashSet()),
        new("/indbakke", "Indbakke", MudBlazor.Icons.Material.Filled.Inbox, new HashSet<Role> { Role.Visitator }),
        new("/sager", "Sager", MudBlazor.Icons.Material.Filled.FolderShared,
            new HashSet<Role> { Role.Visitator, Role.Kontaktperson, Role.Raadgiver }),
        new("/henvisninger", "Henvisninger", MudBlazor.Icons.Material.Filled.Send,
            new HashSet<Role> { Role.Visitator, Role.Kontaktperson, Role.Raadgiver, Role.Politi }),
        new("/henvendelser/ny", "Ny henvendelse", MudBlazor.Icons.Material.Filled.AddIcCall,
            new HashSet<Role> { Role.Visitator, Role.Kontaktperson, Role.Raadgiver }),
        new("/bekymring/ny", "Send en bekymring", MudBlazor.Icons.Material.Filled.ReportProblem, new HashSet<Role> { Role.Fagperson }),
        new("/bekymring", "Mine bekymringer", MudBlazor.Icons.Material.Filled.MarkEmailRead, new HashSet<Role> { Role.Fagperson }),
        new("/ledelse", "Ledelsesoverblik", MudBlazor.Icons.Material.Filled.Insights, new HashSet<Role> { Role.Leder, Role.Administrator }),
        new("/ledelse/noedadgang", "Nødadgange", MudBlazor.Icons.Material.Filled.LockOpen, new HashSet<Role> { Role.Leder }),
        new("/administration/hjaelpelinjer", "Hjælpelinjer", MudBlazor.Icons.Material.Filled.Phone, new HashSet<Role> { Role.Administrator }),
        new("/administration/uddannelse", "Uddannelse", MudBlazor.Icons.Material.Filled.School, new HashSet<Role> { Role.Administrator }),
        new("/indstillinger", "Mine indstillinger", MudBlazor.Icons.Material.Filled.Settings,
            new HashSet<Role> { Role.Visitator, Role.Kontaktperson, Role.Raadgiver, Role.Politi }),
        new("/administration/revisionsspor", "Revisionsspor", MudBlazor.Icons.Material.Filled.VerifiedUser, new HashSet<Role> { Role.Administrator }),
    ];

    public static IEnumerable<NavItem> For(Role? role) => role is { } r ? All.Where(i => i.Roles.Contains(r)) : [];
}
