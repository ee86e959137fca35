using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Organisations;
using Portal.Domain.Staff;
using Portal.Features.Inquiries;
using Portal.Security;

namespace Portal.Features.Dashboards;

public sealed record DashboardChoices(IReadOnlyList<Organisation> Organisations, IReadOnlyList<string> Departments, bool MayChooseOrganisation);

/// <summary>
/// The managers' figures. A Leder sees their own municipality; an Administrator any municipality or all of them.
/// Aggregates only: nothing here opens a case, so the case gate is not asked; every read is audited with its filter.
/// </summary>
public sealed class DashboardService(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time, InquiryService inquiries)
{
    public const string NoAccessMessage = "Kun ledere og administratorer ser ledelsestal.";

    public static bool MayRead(StaffMember staff) => staff.IsActive && staff.Role is Role.Leder or Role.Administrator;

    /// <summary>The filter as this staff member may use it: a Leder is always held to their own organisation.</summary>
    public static DashboardFilter Restrict(DashboardFilter filter, StaffMember staff) =>
        staff.Role == Role.Administrator ? filter : filter with { OrganisationId = staff.OrganisationId };

    public async Task<DashboardChoices> ChoicesAsync(StaffMember staff, int? organisationId, CancellationToken ct = default)
    {
        if (!MayRead(staff)) return new([], [], false);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var admin = staff.Role == Role.Administrator;
        var orgs = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Kommune && (admin || o.Id == staff.OrganisationId))
            .OrderBy(o => o.Name).ToListAsync(ct);
        var org = admin ? organisationId : staff.OrganisationId;
        var departments = await db.Staff.AsNoTracking().Where(s => s.IsActive && (org == null || s.OrganisationId == org))
            .Select(s => s.Department).Distinct().ToListAsync(ct);
        return new(orgs, departments.Order(Portal.Components.Formatting.DanishFormat.Sorting).ToList(), admin);
    }

    /// <summary>The inbox's response limit the speed figures are measured against.</summary>
    public int InboxLimitWorkingDays => inquiries.ResponseLimitWorkingDays;

    public DashboardScope ScopeFor(DashboardFilter filter) =>
        new(filter.Period, filter.OrganisationId, filter.Department, time.GetUtcNow(), InboxLimitWorkingDays);

    /// <summary>Every figure for the filter and the period before it; null when the staff member may not read them.</summary>
    public async Task<DashboardData?> LoadAsync(DashboardFilter requested, StaffMember staff, CancellationToken ct = default)
    {
        if (!MayRead(staff)) return null;
        var filter = Restrict(requested, staff);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var data = await LoadAsync(db, filter, ScopeFor(filter), ct);
        await audit.RecordAsync(staff.Username, "dashboard.read", null, $"Ledelsestal vist: {filter.Describe(data.OrganisationName)}.", ct);
        return data;
    }

    /// <summary>The whole page's data on one context (the benchmark times this).</summary>
    public static async Task<DashboardData> LoadAsync(PortalDbContext db, DashboardFilter filter, DashboardScope scope, CancellationToken ct = default)
    {
        var previous = scope.ForPrevious();
        var name = filter.OrganisationId is { } id
            ? await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(ct) ?? "Ukendt kommune"
            : "Alle kommuner";
        return new DashboardData(filter, name,
            await DashboardQueries.VolumeAsync(db, scope, ct), await DashboardQueries.VolumeAsync(db, previous, ct),
            await DashboardQueries.SpeedAsync(db, scope, ct), await DashboardQueries.SpeedAsync(db, previous, ct),
            await DashboardQueries.FollowThroughAsync(db, scope, ct), await DashboardQueries.FollowThroughAsync(db, previous, ct),
            await DashboardQueries.RiskAsync(db, scope, ct),
            await DashboardQueries.LoadAsync(db, scope, ct),
            await DashboardQueries.RepeatAsync(db, scope, ct), await DashboardQueries.RepeatAsync(db, previous, ct),
            await DashboardQueries.TrainingAsync(db, scope, ct));
    }

    /// <summary>Audits a download of the figures (PDF or CSV) with its filter.</summary>
    public Task RecordExportAsync(StaffMember staff, string what, DashboardData data, CancellationToken ct = default) =>
        audit.RecordAsync(staff.Username, "dashboard.export", null, $"{what} hentet: {data.Filter.Describe(data.OrganisationName)}.", ct);
}
