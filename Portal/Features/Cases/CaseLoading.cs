using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;

namespace Portal.Features.Cases;

/// <summary>Loads a case with everything its page and access rules need.</summary>
public static class CaseLoading
{
    public static Task<Case?> LoadAsync(PortalDbContext db, int caseId, CancellationToken ct, bool tracking = false)
    {
        var query = db.Cases
            .Include(c => c.Citizen)
            .Include(c => c.Visitator)
            .Include(c => c.ContactPerson)
            .Include(c => c.Notes)
            .Include(c => c.Events)
            .Include(c => c.Shares)
            .Include(c => c.ContactPersonHistory)
            .AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == caseId, ct);
    }
}
