using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

/// <summary>
/// Citizens saved before names had a search key get one at start-up. Done here rather than in the migration
/// because SQLite's lower() folds only A–Z, and the key must be the domain's (Æ, Ø, Å and the rest).
/// </summary>
public static class SearchNameBackfill
{
    public static async Task RunAsync(PortalDbContext db, CancellationToken ct = default)
    {
        while (true)
        {
            var batch = await db.Citizens.Where(c => c.SearchName == "" && c.Name != "").OrderBy(c => c.Id).Take(500).ToListAsync(ct);
            if (batch.Count == 0) return;
            foreach (var citizen in batch) citizen.RefreshSearchName();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
