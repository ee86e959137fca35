using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Incidents;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Features.Cases;
using Portal.Security;

namespace Portal.Features.Incidents;

/// <summary>What a printed incident log shows: the citizen's dated incidents, never an address.</summary>
public sealed record IncidentLogPrint(string MunicipalityName, string CaseNumber, string CitizenName, string? Cpr,
    IReadOnlyList<Incident> Incidents, DateTimeOffset PrintedAt, string PrintedBy);

/// <summary>The citizen's incident log (hændelseslog): recorded by staff with the citizen, printed for the police.</summary>
public sealed class IncidentService(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time, IConfiguration config)
{
    public async Task<(CaseView? Case, IReadOnlyList<Incident> Incidents)> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await CaseLoading.LoadAsync(db, caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, viewer))
        {
            await audit.RecordAsync(viewer.Username, "incidents.denied", c?.Id, "Forsøg på at åbne en hændelseslog uden adgang.", ct);
            return (null, []);
        }
        await audit.RecordAsync(viewer.Username, "incidents.read", caseId, $"Hændelseslog på sag {c.CaseNumber} åbnet.", ct);
        return (CaseView.For(c, viewer), await ListAsync(db, caseId, ct));
    }

    public async Task<(bool Saved, FieldErrors Errors, string? Message)> RecordAsync(int caseId, IncidentForm form, StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var errors = form.Validate(DanishTime.Today(now));
        if (!errors.IsValid) return (false, errors, null);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.Include(x => x.Shares).SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, by)) return (false, errors, "Du har ikke adgang til sagen.");
        if (await db.Incidents.AnyAsync(i => i.RequestId == requestId, ct)) return (true, errors, null);
        db.Incidents.Add(Incident.Record(caseId, form, by, DanishTime.Today(now), now, requestId));
        await audit.SaveWithAuditAsync(db, by.Username, "incident.record", caseId, $"Hændelse registreret på sag {c.CaseNumber}.", ct);
        return (true, errors, null);
    }

    public async Task<IncidentLogPrint?> LoadForPrintAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.Include(x => x.Citizen).Include(x => x.Shares).AsNoTracking().SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, viewer)) return null;
        return new IncidentLogPrint(config["Municipality:Name"] ?? "Esbjerg Kommune", c.CaseNumber, c.Citizen.Name, c.Citizen.Cpr,
            await ListAsync(db, caseId, ct), time.GetUtcNow(), viewer.Name);
    }

    private static async Task<IReadOnlyList<Incident>> ListAsync(PortalDbContext db, int caseId, CancellationToken ct) =>
        (await db.Incidents.AsNoTracking().Where(i => i.CaseId == caseId).ToListAsync(ct))
            .OrderBy(i => i.Date).ThenBy(i => i.Time).ToList();
}
