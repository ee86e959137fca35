using Portal.Domain.Staff;
using Icons = MudBlazor.Icons.Material.Filled;

namespace Portal.Components.Shell;

/// <summary>A menu link, shown to the roles that have <paramref name="Needs"/> in the capability table.</summary>
public sealed record NavItem(string Href, string Text, string Icon, Capability Needs)
{
    /// <summary>The portal's menu. A link appears only for the roles that may open the page behind it.</summary>
    public static readonly IReadOnlyList<NavItem> All =
    [
        new("/", "Mit overblik", Icons.Dashboard, Capability.SeeOverview),
        new("/indbakke", "Indbakke", Icons.Inbox, Capability.TakeInquiry),
        new("/sager", "Sager", Icons.FolderShared, Capability.WorkOnCases),
        new("/henvisninger", "Henvisninger", Icons.Send, Capability.WorkWithCaseContents),
        new("/henvendelser/ny", "Ny henvendelse", Icons.AddIcCall, Capability.RegisterInquiry),
        new("/bekymring/ny", "Send en bekymring", Icons.ReportProblem, Capability.ReportConcern),
        new("/bekymring", "Mine bekymringer", Icons.MarkEmailRead, Capability.ReportConcern),
        new("/ledelse", "Ledelsesoverblik", Icons.Insights, Capability.SeeDashboards),
        new("/ledelse/noedadgang", "Nødadgange", Icons.LockOpen, Capability.ReviewEmergencyAccess),
        new("/administration/hjaelpelinjer", "Hjælpelinjer", Icons.Phone, Capability.Administer),
        new("/administration/uddannelse", "Uddannelse", Icons.School, Capability.Administer),
        new("/indstillinger", "Mine indstillinger", Icons.Settings, Capability.WorkWithCaseContents),
        new("/administration/revisionsspor", "Revisionsspor", Icons.VerifiedUser, Capability.Administer),
    ];

    public static IEnumerable<NavItem> For(Role? role) => role is { } r ? All.Where(i => r.May(i.Needs)) : [];
}
