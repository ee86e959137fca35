using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Features.Cases;

namespace Portal.Security;

/// <summary>
/// The one way in to a case. Every service method and document endpoint that touches a case, its citizen or anything
/// hanging off it comes through here: the case is loaded one way (with shares and conflicts), access is checked for
/// the operation and the role's capability from the server's own data, and the read, the change or the refusal is
/// audited with the case id. Changes are saved together with their audit entry; a stale version is a conflict and a
/// repeated request changes nothing.
/// </summary>
public sealed class CaseGate(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time, EmergencyAccessSettings emergencySettings)
{
    public const string NoAccessMessage = "Sagen findes ikke, eller du har ikke adgang til den.";

    public TimeSpan EmergencyAccessDuration => emergencySettings.Duration;

    /// <summary>
    /// Reads from the case. <paramref name="area"/> names what is read (audited as "{area}.read", or "{area}.print"
    /// for <see cref="CaseOperation.Print"/>); a refusal is audited as "{area}.denied".
    /// </summary>
    public Task<SaveResult<T>> ReadAsync<T>(CaseKey key, StaffMember viewer, string area, Func<CaseScope, Task<T>> read,
        CancellationToken ct = default, CaseOperation operation = CaseOperation.Read, Capability? capability = null, bool full = false,
        CaseRule? rule = null) =>
        RunAsync(key, viewer, area, operation, capability, full, rule, tracking: false, async scope =>
        {
            var value = await read(scope);
            var verb = operation == CaseOperation.Print ? "print" : "read";
            var details = scope.AuditDetails ?? $"{AreaNames.Danish(area)} på sag {scope.Case.CaseNumber} {(verb == "print" ? "udskrevet" : "åbnet")}.";
            if (scope.ByEmergencyAccess) details = "Nødadgang: " + details;
            await audit.RecordAsync(viewer.Username, scope.AuditAction ?? $"{area}.{verb}", scope.Case.Id, details, ct);
            return SaveResult<T>.Saved(value);
        }, ct);

    /// <summary>
    /// Changes the case. <paramref name="change"/> returns what to save and the audit text; the gate saves the change
    /// with its audit entry "<paramref name="action"/>" in one transaction.
    /// </summary>
    public Task<SaveResult<T>> ChangeAsync<T>(CaseKey key, StaffMember by, string action, Func<CaseScope, Task<Change<T>>> change,
        CancellationToken ct = default, CaseOperation operation = CaseOperation.Change, Capability? capability = null, bool full = false,
        string conflictMessage = "Sagen er ændret af en anden, siden du åbnede den. Genindlæs og prøv igen.", CaseRule? rule = null) =>
        RunAsync(key, by, AreaOf(action), operation, capability, full, rule, tracking: true, async scope =>
        {
            try
            {
                var outcome = await change(scope);
                switch (outcome)
                {
                    case Change<T>.Save save:
                        await audit.SaveWithAuditAsync(scope.Db, by.Username, action, scope.Case.Id, save.AuditDetails, ct);
                        return SaveResult<T>.Saved(save.Value);
                    case Change<T>.Unchanged same:
                        return SaveResult<T>.Saved(same.Value);
                    case Change<T>.Invalid invalid:
                        return SaveResult<T>.Invalid(invalid.Errors);
                    case Change<T>.Refuse refuse:
                        return SaveResult<T>.Refused(refuse.Message);
                    case Change<T>.Conflict conflict:
                        return SaveResult<T>.Conflict(conflict.Message ?? conflictMessage);
                    default:
                        throw new InvalidOperationException("Unknown change outcome.");
                }
            }
            catch (DomainRuleException e)
            {
                return SaveResult<T>.Refused(e.Message);
            }
            catch (DomainValidationException e)
            {
                return SaveResult<T>.Invalid(e.Errors);
            }
            catch (DbUpdateConcurrencyException)
            {
                return SaveResult<T>.Conflict(conflictMessage);
            }
            catch (DbUpdateException e) when (IsUniqueViolation(e) && scope.RepeatValue is T repeated)
            {
                // The same request arrived twice at once: the first one saved it.
                return SaveResult<T>.Saved(repeated);
            }
        }, ct);

    private async Task<SaveResult<T>> RunAsync<T>(CaseKey key, StaffMember staff, string area, CaseOperation operation, Capability? capability,
        bool full, CaseRule? rule, bool tracking, Func<CaseScope, Task<SaveResult<T>>> body, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Who asks is read again from the staff table: a page may hold a staff member deactivated or given another
        // role since it opened, and that must count from the next action, not from the next sign-in.
        var current = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staff.Id, ct);
        if (current is null || !current.IsActive || current.Role != staff.Role)
        {
            await audit.RecordAsync(staff.Username, $"{area}.denied", null, $"Afvist: {key.Describe()}: medarbejderen er deaktiveret eller har fået en anden rolle.", ct);
            return SaveResult<T>.Refused(NoAccessMessage);
        }
        staff = current;
        var caseId = await key.ResolveAsync(db, ct);
        var c = caseId is { } id ? await LoadAsync(db, id, full, tracking, ct) : null;
        if (c is null)
        {
            await audit.RecordAsync(staff.Username, $"{area}.denied", null, $"Afvist: {key.Describe()} findes ikke.", ct);
            return SaveResult<T>.Refused(NoAccessMessage);
        }

        var now = time.GetUtcNow();
        var emergency = rule is null && operation == CaseOperation.Read && !CaseAccess.CanSee(c, staff, now)
            ? await db.EmergencyAccesses.AsNoTracking()
                .Where(e => e.CaseId == c.Id && e.StaffMemberId == staff.Id && e.ExpiresAt > now)
                .OrderByDescending(e => e.ExpiresAt).FirstOrDefaultAsync(ct)
            : null;
        var caseAllows = rule is null ? CaseAccess.Allows(c, staff, operation, now, emergency, area) : await rule(db, c, staff, now, ct);
        var roleAllows = capability is not { } cap || staff.May(cap);
        if (!caseAllows || !roleAllows)
        {
            await audit.RecordAsync(staff.Username, $"{area}.denied", c.Id,
                $"Afvist: {OperationDanish(operation)} ({AreaNames.Danish(area)}) på sag {c.CaseNumber} uden adgang.", ct);
            // The role's refusal names who may, from the capability table; otherwise why the case refuses.
            return SaveResult<T>.Refused(caseAllows ? Capabilities.Refusal(capability!.Value) : RefusalMessage(c, staff, operation, now));
        }
        return await body(new CaseScope(db, c, staff, now, emergency is not null));
    }

    /// <summary>The case with what access needs (citizen, visitator, contact person, shares; conflicts are always included).</summary>
    public static Task<Case?> LoadAsync(PortalDbContext db, int caseId, bool full, bool tracking, CancellationToken ct)
    {
        if (full) return CaseLoading.LoadAsync(db, caseId, ct, tracking);
        var query = db.Cases.Include(c => c.Citizen).Include(c => c.Visitator).Include(c => c.ContactPerson).Include(c => c.Shares).AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == caseId, ct);
    }

    private static string RefusalMessage(Case c, StaffMember staff, CaseOperation operation, DateTimeOffset now) =>
        !CaseAccess.CanSee(c, staff, now) ? NoAccessMessage
        : !CaseAccess.SeesWhole(c, staff, now) ? "Sagen er kun delt med dig for kriseplan og risikovurdering."
        : operation == CaseOperation.Manage ? "Kun sagens visitator eller faste kontaktperson kan gøre dette."
        : "Din rolle kan ikke gøre dette på sagen.";

    private static string OperationDanish(CaseOperation operation) => operation switch
    {
        CaseOperation.Read => "læsning",
        CaseOperation.Print => "udskrift",
        CaseOperation.Change => "ændring",
        _ => "afgørelse",
    };

    private static string AreaOf(string action) => action.Split('.')[0];

    private static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || e.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true;
}

/// <summary>
/// An access rule that replaces the case rule for one kind of item: e.g. the police act on a referral sent to their
/// district without seeing its case. The gate still loads, audits and refuses the same way.
/// </summary>
public delegate Task<bool> CaseRule(PortalDbContext db, Case c, StaffMember staff, DateTimeOffset now, CancellationToken ct);

/// <summary>Which case a request is about: a case id, or the id of something on a case (a task, a referral …).</summary>
public sealed class CaseKey
{
    private readonly Func<PortalDbContext, CancellationToken, Task<int?>> _resolve;
    private readonly string _description;

    private CaseKey(Func<PortalDbContext, CancellationToken, Task<int?>> resolve, string description)
    {
        _resolve = resolve;
        _description = description;
    }

    public static CaseKey Case(int caseId) => new((_, _) => Task.FromResult<int?>(caseId), $"sag med id {caseId}");

    public static CaseKey Number(string caseNumber) => new(
        (db, ct) => db.Cases.Where(c => c.CaseNumber == caseNumber).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct),
        $"sag {caseNumber}");

    /// <summary>The case of an item found by <paramref name="caseOf"/> (e.g. a referral's CaseId).</summary>
    public static CaseKey Of(string what, int id, Func<PortalDbContext, CancellationToken, Task<int?>> caseOf) => new(caseOf, $"{what} {id}");

    internal Task<int?> ResolveAsync(PortalDbContext db, CancellationToken ct) => _resolve(db, ct);
    internal string Describe() => _description;
}

/// <summary>What a gated operation works with: its own short-lived context, the loaded case, who, and when.</summary>
public sealed class CaseScope(PortalDbContext db, Case @case, StaffMember staff, DateTimeOffset now, bool byEmergencyAccess)
{
    public PortalDbContext Db { get; } = db;
    public Case Case { get; } = @case;
    public StaffMember Staff { get; } = staff;
    public DateTimeOffset Now { get; } = now;
    public DateOnly Today => Portal.Domain.Calendar.DanishTime.Today(Now);
    /// <summary>The case is open to this reader only through an active emergency access.</summary>
    public bool ByEmergencyAccess { get; } = byEmergencyAccess;
    /// <summary>A read may say precisely what it read; otherwise the gate writes a general text.</summary>
    public string? AuditDetails { get; set; }
    /// <summary>A read that found nothing to show (e.g. no crisis plan yet) is audited under its own action.</summary>
    public string? AuditAction { get; set; }
    /// <summary>What to answer when a unique request id shows the same request was saved by a parallel call.</summary>
    public object? RepeatValue { get; set; }

    /// <summary>The change applies only if <paramref name="entity"/> is still at <paramref name="expected"/>; false means someone else saved first.</summary>
    public bool Expect<TEntity>(TEntity entity, Guid expected) where TEntity : class
    {
        var version = Db.Entry(entity).Property<Guid>("Version");
        if (version.CurrentValue != expected) return false;
        version.OriginalValue = expected;
        return true;
    }
}

/// <summary>What a change callback asks the gate to do.</summary>
public abstract record Change<T>
{
    public sealed record Save(T Value, string AuditDetails) : Change<T>;
    /// <summary>Nothing to save (a repeated request, or already as asked).</summary>
    public sealed record Unchanged(T Value) : Change<T>;
    public sealed record Invalid(FieldErrors Errors) : Change<T>;
    public sealed record Refuse(string Message) : Change<T>;
    public sealed record Conflict(string? Message = null) : Change<T>;
}

public sealed record EmergencyAccessSettings(TimeSpan Duration)
{
    public static EmergencyAccessSettings From(IConfiguration config) =>
        new(TimeSpan.FromMinutes(Math.Clamp(config.GetValue("EmergencyAccess:Minutes", 60), 5, 480)));
}

/// <summary>Danish names of the audited areas, for audit texts and "Hvem har set sagen".</summary>
public static class AreaNames
{
    public static string Danish(string area) => area switch
    {
        "case" => "Sagen",
        "citizen" => "Borgeroplysninger",
        "visitation" => "Stalkingvisitation",
        "consultation" => "Sparring",
        "crisisplan" => "Kriseplan",
        "incidents" or "incident" => "Hændelseslog",
        "risk" => "Risikovurdering",
        "referrals" or "referral" => "Henvisninger",
        "consent" => "Samtykke",
        "restraining-order" => "Tilhold",
        "meetings" or "meeting" => "Samarbejdsmøder",
        "task" or "tasks" => "Opgaver",
        "contactperson" or "contactletter" => "Fast kontaktperson",
        "inquiry" => "Henvendelse",
        "emergency" => "Nødadgang",
        "accesslog" => "Hvem har set sagen",
        "shares" => "Delinger",
        "insight" => "Indsigt",
        _ => area,
    };
}
