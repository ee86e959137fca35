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

public abstract record SaveResult
{
    public sealed record Saved : SaveResult;
    public sealed record Invalid(FieldErrors Errors) : SaveResult;
    public sealed record Conflict(string Message) : SaveResult;
    public sealed record Refused(string Message) : SaveResult;
}

/// <summary>Loads, lists and changes cases; every method checks access from the server's own data and audits.</summary>
public sealed class CaseService(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time)
{
    public async Task<CaseListResult> ListAsync(StaffMember viewer, CaseListQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cases = db.Cases.AsNoTracking().Where(CaseAccess.VisibleTo(viewer));
        var f = query.Filter;
        if (f.Status is { } status) cases = cases.Where(c => c.Status == status);
        if (f.Kind is { } kind) cases = cases.Where(c => c.Kind == kind);
        if (f.Channel is { } channel) cases = cases.Where(c => c.EntryChannel == channel);
        if (f.ContactPersonId is { } owner) cases = cases.Where(c => c.ContactPersonId == owner);
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var text = $"%{f.Text.Trim()}%";
            cases = cases.Where(c => EF.Functions.Like(c.Citizen.Name, text) || EF.Functions.Like(c.CaseNumber, text));
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
        return await db.Cases.AsNoTracking()
            .Where(CaseAccess.VisibleTo(viewer))
            .Where(c => c.Status != CaseStatus.Afsluttet)
            .Where(c => c.ContactPersonId == id || c.VisitatorId == id || c.Shares.Any(s => s.StaffMemberId == id))
            .OrderByDescending(c => c.OpenedAt)
            .Select(c => new CaseListRow(c.Id, c.CaseNumber, c.Citizen.Name, c.Kind, c.Status, c.EntryChannel,
                c.ContactPerson == null ? null : c.ContactPerson.Name, c.OpenedAt))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<StaffMember>> ContactPeopleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Staff.AsNoTracking()
            .Where(s => s.IsActive && (s.Role == Role.Kontaktperson || s.Role == Role.Raadgiver || s.Role == Role.Visitator))
            .OrderBy(s => s.Name)
            .ToListAsync(ct);
    }

    /// <summary>Opens a case for reading. Both the read and a refusal are audited.</summary>
    public async Task<CaseOpenResult> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await LoadAsync(db, caseId, tracking: false, ct);
        if (c is null || !CaseAccess.CanSee(c, viewer))
        {
            await audit.RecordAsync(viewer.Username, "case.denied", c?.Id, "Forsøg på at åbne en sag uden adgang.", ct);
            return new CaseOpenResult.NoAccess();
        }
        await audit.RecordAsync(viewer.Username, "case.read", c.Id, $"Sag {c.CaseNumber} åbnet.", ct);
        return new CaseOpenResult.Found(CaseView.For(c, viewer));
    }

    public async Task<SaveResult> AddNoteAsync(int caseId, StaffMember author, string? text, Guid requestId, CancellationToken ct = default)
    {
        var errors = JournalNote.Validate(text);
        if (!errors.IsValid) return new SaveResult.Invalid(errors);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await LoadAsync(db, caseId, tracking: true, ct);
        if (c is null || !CaseAccess.CanSee(c, author)) return new SaveResult.Refused("Du har ikke adgang til sagen.");
        if (c.Notes.Any(n => n.RequestId == requestId)) return new SaveResult.Saved();

        c.AddJournalNote(text, author, time.GetUtcNow(), requestId);
        await audit.SaveWithAuditAsync(db, author.Username, "case.note.add", c.Id, $"Journalnotat tilføjet til sag {c.CaseNumber}.", ct);
        return new SaveResult.Saved();
    }

    /// <summary>Saves citizen details if nobody else changed them since <paramref name="expectedVersion"/> was read.</summary>
    public async Task<SaveResult> UpdateCitizenAsync(int caseId, Guid expectedVersion, CitizenDetails details, StaffMember by, CancellationToken ct = default)
    {
        var errors = details.Validate();
        if (!errors.IsValid) return new SaveResult.Invalid(errors);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await LoadAsync(db, caseId, tracking: true, ct);
        if (c is null || !CaseView.MayEditCitizen(c, by))
            return new SaveResult.Refused("Du kan ikke rette borgerens oplysninger på denne sag.");

        db.Entry(c.Citizen).Property(x => x.Version).OriginalValue = expectedVersion;
        c.UpdateCitizen(details, by, time.GetUtcNow());
        try
        {
            await audit.SaveWithAuditAsync(db, by.Username, "citizen.update", c.Id, $"Borgeroplysninger rettet på sag {c.CaseNumber}.", ct);
            return new SaveResult.Saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult.Conflict(
                "En anden har ændret borgerens oplysninger, siden du åbnede dem. Dine ændringer er ikke gemt, men står stadig i formularen. " +
                "Genindlæs sagen for at se de nye oplysninger, og indtast dine rettelser igen.");
        }
    }

    /// <summary>Moves the case to another status if the viewer may and the domain rules allow it.</summary>
    public async Task<SaveResult> MoveAsync(int caseId, CaseStatus to, Guid expectedVersion, StaffMember by, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await LoadAsync(db, caseId, tracking: true, ct);
        if (c is null || !CaseAccess.MayManage(c, by)) return new SaveResult.Refused("Kun sagens visitator eller kontaktperson kan skifte status.");
        db.Entry(c).Property(x => x.Version).OriginalValue = expectedVersion;
        try
        {
            c.MoveTo(to, by, time.GetUtcNow());
            await audit.SaveWithAuditAsync(db, by.Username, "case.status", c.Id, $"Sag {c.CaseNumber} sat til {to.Danish()}.", ct);
            return new SaveResult.Saved();
        }
        catch (DomainRuleException e)
        {
            return new SaveResult.Refused(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult.Conflict("Sagen er ændret af en anden, siden du åbnede den. Genindlæs og prøv igen.");
        }
    }

    public async Task<SaveResult> DecideOnNotificationAsync(int caseId, ChildrenDecisionForm form, Guid expectedVersion, StaffMember by, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var errors = form.Validate(Portal.Domain.Calendar.DanishTime.Today(now));
        if (!errors.IsValid) return new SaveResult.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await LoadAsync(db, caseId, tracking: true, ct);
        if (c is null || !CaseAccess.MayManage(c, by)) return new SaveResult.Refused("Kun sagens visitator eller kontaktperson kan afgøre underretning.");
        db.Entry(c).Property(x => x.Version).OriginalValue = expectedVersion;
        c.DecideOnNotification(form, by, Portal.Domain.Calendar.DanishTime.Today(now), now);
        try
        {
            await audit.SaveWithAuditAsync(db, by.Username, "case.underretning", c.Id, $"Underretning afgjort på sag {c.CaseNumber}: {form.Decision!.Value.Danish()}.", ct);
            return new SaveResult.Saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult.Conflict("Sagen er ændret af en anden, siden du åbnede den. Genindlæs og prøv igen.");
        }
    }

    private static Task<Case?> LoadAsync(PortalDbContext db, int caseId, bool tracking, CancellationToken ct) =>
        CaseLoading.LoadAsync(db, caseId, ct, tracking);
}
