using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Staff;

namespace Portal.Features.Cases;

public enum CaseVisibilityResult
{
    Missing,
    Hidden,
    Visible,
}

/// <summary>
/// Whether a case exists and a staff member may see it, by the rule in <see cref="CaseAccess.VisibleTo"/>,
/// without loading it. For endpoints that must tell "no access" (audited as denied) from "nothing to show yet".
/// </summary>
public static class CaseVisibility
{
    public static async Task<CaseVisibilityResult> CheckAsync(IDbContextFactory<PortalDbContext> dbFactory, int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cases = db.Cases.AsNoTracking().Where(c => c.Id == caseId);
        if (!await cases.AnyAsync(ct)) return CaseVisibilityResult.Missing;
        return await cases.Where(CaseAccess.VisibleTo(viewer)).AnyAsync(ct) ? CaseVisibilityResult.Visible : CaseVisibilityResult.Hidden;
    }
}
