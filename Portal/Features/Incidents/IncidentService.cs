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
public sealed class IncidentService(CaseGate gate)
{
    public async Task<(CaseView? Case, IReadOnlyList<Incident> Incidents)> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(CaseKey.Case(caseId), viewer, "incidents", async scope =>
            (CaseView.For(scope.Case, viewer, scope.Now, scope.ByEmergencyAccess), await ListAsync(scope.Db, caseId, ct)), ct, full: true);
        return result.IsSaved ? result.Value : (null, []);
    }

    public Task<SaveResult<bool>> RecordAsync(int caseId, IncidentForm form, StaffMember by, Guid requestId, CancellationToken ct = default) =>
        gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "incident.record", async scope =>
        {
            var errors = form.Validate(scope.Today);
            if (!errors.IsValid) return new Change<bool>.Invalid(errors);
            if (await scope.Db.Incidents.AnyAsync(i => i.RequestId == requestId, ct)) return new Change<bool>.Unchanged(true);
            scope.Db.Incidents.Add(Incident.Record(caseId, form, by, scope.Today, scope.Now, requestId));
            scope.RepeatValue = true;
            return new Change<bool>.Save(true, $"Hændelse registreret på sag {scope.Case.CaseNumber}.");
        }, ct);

    /// <summary>The incident log for printing, read inside the gate's print scope.</summary>
    public static async Task<IncidentLogPrint> ForPrintAsync(CaseScope scope, Municipality municipality, CancellationToken ct)
    {
        var c = scope.Case;
        return new IncidentLogPrint(municipality.Name, c.CaseNumber, c.Citizen.Name, c.Citizen.Cpr,
            await ListAsync(scope.Db, c.Id, ct), scope.Now, scope.Staff.Name);
    }

    private static async Task<IReadOnlyList<Incident>> ListAsync(PortalDbContext db, int caseId, CancellationToken ct) =>
        (await db.Incidents.AsNoTracking().Where(i => i.CaseId == caseId).ToListAsync(ct))
            .OrderBy(i => i.Date).ThenBy(i => i.Time).ToList();
}
