using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.Risk;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Security;

namespace Portal.Features.Cases;

public abstract record CaseOpenResult
{
    public sealed record Found(CaseView Case) : CaseOpenResult;
    public sealed record NoAccess : CaseOpenResult;
}

/// <summary>Loads, lists and changes cases; every method checks access from the server's own data and audits.</summary>
public sealed class CaseService(IDbContextFactory<PortalDbContext> dbFactory, CaseGate gate, TimeProvider time)
{
    public async Task<CaseListResult> ListAsync(StaffMember viewer, CaseListQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cases = db.Cases.AsNoTracking().Where(CaseAccess.VisibleTo(viewer, time.GetUtcNow()));
        var f = query.Filter;
        if (f.Status is { } status) cases = cases.Where(c => c.Status == status);
        if (f.Kind is { } kind) cases = cases.Where(c => c.Kind == kind);
        if (f.Channel is { } channel) cases = cases.Where(c => c.EntryChannel == channel);
        if (f.ContactPersonId is { } owner) cases = cases.Where(c => c.ContactPersonId == owner);
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            // Case numbers are digits and a dash, so the search key finds them as typed too.
            var text = SearchKey.For(f.Text);
            cases = cases.Where(c => c.Citizen.SearchName.Contains(text) || c.CaseNumber.Contains(text));
        }

        var total = await cases.CountAsync(ct);
        var rows = await Sort(cases, query.Sort, query.Descending)
            .Skip(Math.Max(0, query.Page) * query.PageSize)
            .Take(Math.Clamp(query.PageSize, 1, 200))
            .Select(c => new CaseListRow(c.Id, c.CaseNumber, c.Citizen.Name, c.Kind, c.Status, c.EntryChannel,
                c.ContactPerson == null ? null : c.ContactPerson.Name, c.OpenedAt))
            .ToListAsync(ct);
        return new CaseListResult(rows, total);
    }

    private static IQueryable<Case> Sort(IQueryable<Case> cases, CaseSort sort, bool descending)
    {
        var sorted = sort switch
        {
            CaseSort.CaseNumber => descending ? cases.OrderByDescending(c => c.CaseNumber) : cases.OrderBy(c => c.CaseNumber),
            CaseSort.CitizenName => descending ? cases.OrderByDescending(c => c.Citizen.Name) : cases.OrderBy(c => c.Citizen.Name),
            CaseSort.Status => descending ? cases.OrderByDescending(c => c.Status) : cases.OrderBy(c => c.Status),
            CaseSort.Kind => descending ? cases.OrderByDescending(c => c.Kind) : cases.OrderBy(c => c.Kind),
            CaseSort.ContactPerson => descending
                ? cases.OrderByDescending(c => c.ContactPerson!.Name)
                : cases.OrderBy(c => c.ContactPerson!.Name),
            _ => descending ? cases.OrderByDescending(c => c.OpenedAt) : cases.OrderBy(c => c.OpenedAt),
        };
        return sorted.ThenByDescending(c => c.Id);
    }

    /// <summary>The open cases the viewer owns: as contact person, as visitator, or shared with them.</summary>
    public async Task<IReadOnlyList<CaseListRow>> OwnOpenCasesAsync(StaffMember viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var id = viewer.Id;
        var now = time.GetUtcNow();
        var today = Portal.Domain.Calendar.DanishTime.Today(now);
        return await db.Cases.AsNoTracking()
            .Where(CaseAccess.VisibleTo(viewer, now))
            .Where(c => c.Status != CaseStatus.Afsluttet)
            .Where(c => c.ContactPersonId == id || c.VisitatorId == id || c.Shares.Any(s => s.StaffMemberId == id && s.EndedAt == null && s.Until >= today))
            .OrderByDescending(c => c.OpenedAt)
            .Select(c => new CaseListRow(c.Id, c.CaseNumber, c.Citizen.Name, c.Kind, c.Status, c.EntryChannel,
                c.ContactPerson == null ? null : c.ContactPerson.Name, c.OpenedAt))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<StaffMember>> ContactPeopleAsync(CancellationToken ct = default)
    {
        var roles = Capabilities.RolesFor(Capability.BeContactPerson);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Staff.AsNoTracking()
            .Where(s => s.IsActive && roles.Contains(s.Role))
            .OrderBy(s => s.Name)
            .ToListAsync(ct);
    }

    /// <summary>Opens a case for reading. Both the read and a refusal are audited.</summary>
    public async Task<CaseOpenResult> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(CaseKey.Case(caseId), viewer, "case", scope =>
        {
            scope.AuditDetails = $"Sag {scope.Case.CaseNumber} åbnet.";
            return Task.FromResult(CaseView.For(scope.Case, viewer, scope.Now, scope.ByEmergencyAccess));
        }, ct, full: true);
        return result.IsSaved ? new CaseOpenResult.Found(result.Value!) : new CaseOpenResult.NoAccess();
    }

    public async Task<SaveResult<bool>> AddNoteAsync(int caseId, StaffMember author, string? text, Guid requestId, CancellationToken ct = default)
    {
        var errors = JournalNote.Validate(text);
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
        return await gate.ChangeAsync<bool>(CaseKey.Case(caseId), author, "case.note.add", async scope =>
        {
            await scope.Db.Entry(scope.Case).Collection(c => c.Notes).LoadAsync(ct);
            if (scope.Case.Notes.Any(n => n.RequestId == requestId)) return new Change<bool>.Unchanged(true);
            scope.Case.AddJournalNote(text, author, scope.Now, requestId);
            return new Change<bool>.Save(true, $"Journalnotat tilføjet til sag {scope.Case.CaseNumber}.");
        }, ct);
    }

    /// <summary>One citizen's name revealed in a list: an audited read of the case; null without access.</summary>
    public async Task<string?> RevealNameAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(CaseKey.Case(caseId), viewer, "case", scope =>
        {
            scope.AuditAction = "case.name.read";
            scope.AuditDetails = $"Borgerens navn vist i en liste for sag {scope.Case.CaseNumber}.";
            return Task.FromResult(scope.Case.Citizen.Name);
        }, ct);
        return result.Value;
    }

    /// <summary>Saves citizen details if nobody else changed them since <paramref name="expectedVersion"/> was read.</summary>
    public async Task<SaveResult<bool>> UpdateCitizenAsync(int caseId, Guid expectedVersion, CitizenDetails details, StaffMember by, CancellationToken ct = default)
    {
        var errors = details.Validate();
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
        return await gate.ChangeAsync(CaseKey.Case(caseId), by, "citizen.update", scope =>
        {
            var c = scope.Case;
            if (!CaseView.MayEditCitizen(c, by, scope.Now)) return Task.FromResult<Change<bool>>(new Change<bool>.Refuse("Du kan ikke rette borgerens oplysninger på denne sag."));
            if (!scope.Expect(c.Citizen, expectedVersion)) return Task.FromResult<Change<bool>>(new Change<bool>.Conflict());
            c.UpdateCitizen(details, by, scope.Now);
            return Task.FromResult<Change<bool>>(new Change<bool>.Save(true, $"Borgeroplysninger rettet på sag {c.CaseNumber}."));
        }, ct, CaseOperation.Manage, conflictMessage: CitizenConflict);
    }

    private const string CitizenConflict =
        "En anden har ændret borgerens oplysninger, siden du åbnede dem. Dine ændringer er ikke gemt, men står stadig i formularen. " +
        "Genindlæs sagen for at se de nye oplysninger, og indtast dine rettelser igen.";

    /// <summary>
    /// Turns name and address protection on or off: its own act, with a reason, by the case's visitator or contact person.
    /// </summary>
    public async Task<SaveResult<bool>> ChangeProtectionAsync(int caseId, Guid expectedVersion, bool addressProtected, bool nameProtected, string? reason,
        StaffMember by, DateOnly? until = null, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        TextRules.Required(errors, "Reason", reason, "Begrundelsen", Case.MaxProtectionReasonLength);
        if (until is not null && ProtectionLapse.WhyNot(until, Portal.Domain.Calendar.DanishTime.Today(time.GetUtcNow())) is { } wrong) errors.Add("Until", wrong);
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
        return await gate.ChangeAsync(CaseKey.Case(caseId), by, "citizen.protection", scope =>
        {
            var c = scope.Case;
            if (!scope.Expect(c.Citizen, expectedVersion)) return Task.FromResult<Change<bool>>(new Change<bool>.Conflict());
            if (c.Citizen.AddressProtected == addressProtected && c.Citizen.NameProtected == nameProtected)
                return Task.FromResult<Change<bool>>(new Change<bool>.Unchanged(true));
            c.ChangeProtection(addressProtected, nameProtected, reason, by, scope.Now, until);
            // The citizen row must change for its version to move on, so a parallel edit based on the old one conflicts.
            scope.Db.Entry(c.Citizen).State = EntityState.Modified;
            return Task.FromResult<Change<bool>>(new Change<bool>.Save(true,
                $"Beskyttelse ændret på sag {c.CaseNumber}: adresse {(addressProtected ? "beskyttet" : "ikke beskyttet")}, navn {(nameProtected ? "beskyttet" : "ikke beskyttet")}. Begrundelse: {reason!.Trim()}"));
        }, ct, CaseOperation.Manage, conflictMessage: CitizenConflict);
    }

    /// <summary>Records that the protection was renewed in the CPR register: its own act, with the new expiry and a reason.</summary>
    public async Task<SaveResult<bool>> RenewProtectionAsync(int caseId, Guid expectedVersion, DateOnly? until, string? reason, StaffMember by,
        CancellationToken ct = default) =>
        await gate.ChangeAsync(CaseKey.Case(caseId), by, "citizen.protection.renew", scope =>
        {
            var c = scope.Case;
            if (!scope.Expect(c.Citizen, expectedVersion)) return Task.FromResult<Change<bool>>(new Change<bool>.Conflict());
            c.RenewProtection(until, reason, by, scope.Now);
            scope.Db.Entry(c.Citizen).State = EntityState.Modified;
            return Task.FromResult<Change<bool>>(new Change<bool>.Save(true,
                $"Beskyttelse fornyet på sag {c.CaseNumber} til og med {until:dd-MM-yyyy}. Begrundelse: {reason!.Trim()}"));
        }, ct, CaseOperation.Manage, conflictMessage: CitizenConflict);

    /// <summary>Moves the case on; closing it needs <paramref name="outcome"/>, how the course ended.</summary>
    public async Task<SaveResult<bool>> MoveAsync(int caseId, CaseStatus to, Guid expectedVersion, StaffMember by, CancellationToken ct = default,
        CaseOutcome? outcome = null) =>
        await gate.ChangeAsync(CaseKey.Case(caseId), by, "case.status", scope =>
        {
            var c = scope.Case;
            if (c.Status == to) return Task.FromResult<Change<bool>>(new Change<bool>.Unchanged(true));
            if (!scope.Expect(c, expectedVersion)) return Task.FromResult<Change<bool>>(new Change<bool>.Conflict());
            c.MoveTo(to, by, scope.Now, outcome);
            var how = outcome is { } o && to == CaseStatus.Afsluttet ? $" ({o.Danish()})" : "";
            return Task.FromResult<Change<bool>>(new Change<bool>.Save(true, $"Sag {c.CaseNumber} sat til {to.Danish()}{how}."));
        }, ct, CaseOperation.Manage, full: true);

    public async Task<SaveResult<bool>> DecideOnNotificationAsync(int caseId, ChildrenDecisionForm form, Guid expectedVersion, StaffMember by, CancellationToken ct = default)
    {
        var errors = form.Validate(Portal.Domain.Calendar.DanishTime.Today(time.GetUtcNow()));
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
        return await gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "case.underretning", async scope =>
        {
            var c = scope.Case;
            if (!scope.Expect(c, expectedVersion)) return new Change<bool>.Conflict();
            c.DecideOnNotification(form, by, scope.Today, scope.Now);
            await NotificationTasks.CloseOpenAsync(scope.Db, c.Id, scope.Now, ct);
            return new Change<bool>.Save(true, $"Underretning afgjort på sag {c.CaseNumber}: {form.Decision!.Value.Danish()}.");
        }, ct, CaseOperation.Manage);
    }
}
