using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.HelpLines;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Security;

namespace Portal.Features.HelpLines;

/// <summary>Administration of the help lines printed on crisis plans.</summary>
public sealed class HelpLineService(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<HelpLine>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.HelpLines.AsNoTracking().OrderBy(h => h.SortOrder).ThenBy(h => h.Id).ToListAsync(ct);
    }

    /// <summary>Adds (id null) or updates a help line. A stale update is refused, never overwritten.</summary>
    public async Task<SaveResult<bool>> SaveAsync(int? id, Guid expectedVersion, HelpLineDetails details, StaffMember by, CancellationToken ct = default)
    {
        var errors = details.Validate();
        if (!by.Role.May(Capability.Administer)) return SaveResult<bool>.Refused("Kun administratorer kan rette hjælpelinjer.") with { Errors = errors };
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        HelpLine line;
        if (id is { } existing)
        {
            line = await db.HelpLines.SingleAsync(h => h.Id == existing, ct);
            db.Entry(line).Property(h => h.Version).OriginalValue = expectedVersion;
            line.Update(details);
        }
        else
        {
            line = new HelpLine(details);
            db.HelpLines.Add(line);
        }
        try
        {
            await audit.SaveWithAuditAsync(db, by.Username, "helpline.save", null, $"Hjælpelinjen «{line.Name}» gemt.", ct);
            return SaveResult<bool>.Saved(true);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult<bool>.Conflict("En anden har rettet hjælpelinjen, siden du åbnede den. Genindlæs siden og ret igen.");
        }
    }

    /// <summary>Confirms a shipped example after the administrator has checked it. A stale or repeated confirm changes nothing.</summary>
    public async Task<SaveResult<bool>> ConfirmAsync(int id, Guid expectedVersion, StaffMember by, CancellationToken ct = default)
    {
        if (!by.Role.May(Capability.Administer)) return SaveResult<bool>.Refused("Kun administratorer kan bekræfte hjælpelinjer.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var line = await db.HelpLines.SingleOrDefaultAsync(h => h.Id == id, ct);
        if (line is null) return SaveResult<bool>.Refused("Hjælpelinjen findes ikke længere.");
        if (!line.NeedsConfirmation) return SaveResult<bool>.Saved(true);
        db.Entry(line).Property(h => h.Version).OriginalValue = expectedVersion;
        line.Confirm(by, time.GetUtcNow());
        try
        {
            await audit.SaveWithAuditAsync(db, by.Username, "helpline.confirm", null,
                $"Hjælpelinjen «{line.Name}» ({line.Number}) bekræftet.", ct);
            return SaveResult<bool>.Saved(true);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult<bool>.Conflict("En anden har rettet hjælpelinjen, siden du åbnede den. Genindlæs siden, kontrollér den, og bekræft igen.");
        }
    }

    public async Task<SaveResult<bool>> DeleteAsync(int id, StaffMember by, CancellationToken ct = default)
    {
        if (!by.Role.May(Capability.Administer)) return SaveResult<bool>.Refused("Kun administratorer kan slette hjælpelinjer.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var line = await db.HelpLines.SingleOrDefaultAsync(h => h.Id == id, ct);
        if (line is null) return SaveResult<bool>.Saved(true);
        db.HelpLines.Remove(line);
        await audit.SaveWithAuditAsync(db, by.Username, "helpline.delete", null, $"Hjælpelinjen «{line.Name}» slettet.", ct);
        return SaveResult<bool>.Saved(true);
    }
}
