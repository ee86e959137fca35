using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Features.Cases;

public static class CaseNumbers
{
    /// <summary>The next case number of the year, "yyyy-nnnn". A unique index stops two saves taking the same one.</summary>
    public static async Task<string> NextAsync(PortalDbContext db, DateTimeOffset now, CancellationToken ct = default)
    {
        var prefix = $"{now.Year}-";
        var last = await db.Cases.Where(c => c.CaseNumber.StartsWith(prefix))
            .OrderByDescending(c => c.CaseNumber).Select(c => c.CaseNumber).FirstOrDefaultAsync(ct);
        var next = last is null ? 1 : int.Parse(last[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture) + 1;
        return $"{prefix}{next:0000}";
    }
}
