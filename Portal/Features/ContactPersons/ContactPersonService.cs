using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.ContactPersons;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Features.Cases;
using Portal.Security;

namespace Portal.Features.ContactPersons;

public sealed record ContactPersonInfo(int StaffId, string Name, string Role, string Department, string? Phone, string? Email,
    DateTimeOffset? Since, bool IsConflicted);

/// <summary>One period in the history. <see cref="From"/> is null for an assignment made before the history was kept.</summary>
public sealed record ContactPersonHistoryEntry(string Name, DateTimeOffset? From, DateTimeOffset? To, string? AssignedBy, string? HandoverNote);

/// <summary>A declaration of inhabilitet; a withdrawn one carries who withdrew it, when and why.</summary>
public sealed record ConflictEntry(int Id, int StaffId, string StaffName, ConflictReason Reason, string? Note, DateTimeOffset DeclaredAt, string DeclaredBy,
    DateTimeOffset? WithdrawnAt = null, string? WithdrawnBy = null, string? WithdrawnReason = null, bool CanWithdraw = false)
{
    public bool IsActive => WithdrawnAt is null;

    public static ConflictEntry From(ConflictOfInterest x, bool canWithdraw) =>
        new(x.Id, x.StaffMemberId, x.StaffName, x.Reason, x.Note, x.DeclaredAt, x.DeclaredByName, x.WithdrawnAt, x.WithdrawnByName, x.WithdrawnReason,
            canWithdraw && x.IsActive);
}

/// <summary>A conflict of interest a staff member declared and may withdraw; they cannot see the case, so only its number is shown.</summary>
public sealed record OwnConflict(int Id, int CaseId, string CaseNumber, ConflictReason Reason, DateTimeOffset DeclaredAt, string DeclaredBy);

public sealed record StaffOption(int Id, string Name, string RoleAndDepartment);

/// <summary>What the contact person page shows to one viewer. Candidates and conflicts only reach visitators.</summary>
public sealed record ContactPersonPageData(
    CaseView Case,
    Guid CaseVersion,
    ContactPersonWishes Wishes,
    ContactPersonInfo? Current,
    IReadOnlyList<ContactPersonHistoryEntry> History,
    IReadOnlyList<RankedCandidate> Candidates,
    IReadOnlyList<ConflictEntry> Conflicts,
    IReadOnlyList<StaffOption> ConflictOptions,
    bool CanAssign,
    bool CanPrintLetter,
    LetterAddressDecision LetterAddressing);

/// <summary>Everything the letter "Din faste kontaktperson" prints. Holds an address only when it may go to the home.</summary>
public sealed record ContactPersonLetter(
    string MunicipalityName,
    string CaseNumber,
    string CitizenName,
    LetterAddressDecision Addressing,
    string ContactPersonName,
    string ContactPersonDepartment,
    string? ContactPersonPhone,
    string? ContactPersonEmail,
    DateOnly Date,
    DateTimeOffset CreatedAt);

public abstract record ContactPersonOpenResult
{
    public sealed record Found(ContactPersonPageData Data) : ContactPersonOpenResult;
    public sealed record NoAccess : ContactPersonOpenResult;
}

/// <summary>
/// Ranks candidates, assigns the fixed contact person, records conflicts of interest and loads the
/// letter. Every method checks access from the database, never from what the page showed, and audits.
/// </summary>
public sealed class ContactPersonService(IDbContextFactory<PortalDbContext> dbFactory, CaseGate gate, Municipality municipality)
{
    public const string StaleMessage =
        "Sagen er ændret af en anden, siden du åbnede siden (fx har en kollega valgt en kontaktperson). Intet er ændret. " +
        "Genindlæs siden, se den nye situation, og vælg igen.";

    public string MunicipalityName => municipality.Name;

    public static bool MayAssign(StaffMember staff) => staff.May(Capability.AssignContactPerson);

    /// <summary>The letter is printed by the visitator or the contact person, who hand it over or send it.</summary>
    public static bool MayPrintLetter(Case c, StaffMember staff, DateTimeOffset now) =>
        CaseAccess.SeesWhole(c, staff, now) && c.ContactPersonId is not null && (staff.Role == Role.Visitator || c.ContactPersonId == staff.Id);

    public async Task<ContactPersonOpenResult> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(CaseKey.Case(caseId), viewer, "contactperson", async scope =>
        {
            var c = scope.Case;
            var canAssign = MayAssign(viewer) && CaseAccess.MayManage(c, viewer, scope.Now);
            IReadOnlyList<RankedCandidate> candidates = [];
            IReadOnlyList<StaffOption> options = [];
            if (canAssign)
            {
                var loads = await CandidateLoadsAsync(scope.Db, ct);
                candidates = ContactPersonRanking.Rank(c, loads, scope.Today);
                var conflicted = c.Conflicts.Where(x => x.IsActive).Select(x => x.StaffMemberId).ToHashSet();
                options = (await scope.Db.Staff.AsNoTracking().Where(s => s.IsActive).ToListAsync(ct))
                    .Where(s => s.Role.WorksWithCases() && !conflicted.Contains(s.Id))
                    .OrderBy(s => s.Name, StringComparer.Ordinal)
                    .Select(s => new StaffOption(s.Id, s.Name, $"{s.Role.Danish()}, {s.Department}"))
                    .ToList();
            }
            return new ContactPersonPageData(
                CaseView.For(c, viewer, scope.Now, scope.ByEmergencyAccess),
                c.Version,
                c.ContactPersonWishes,
                CurrentOf(c),
                HistoryOf(c),
                candidates,
                canAssign
                    ? c.Conflicts.OrderBy(x => x.DeclaredAt).ThenBy(x => x.Id).Select(x => ConflictEntry.From(x, c.MayWithdrawConflict(x, viewer))).ToList()
                    : [],
                options,
                canAssign,
                MayPrintLetter(c, viewer, scope.Now),
                // The page needs only whether and why; the address itself stays on the server.
                LetterAddressing.Decide(c.Citizen) with { Address = null });
        }, ct, full: true);
        return result.IsSaved ? new ContactPersonOpenResult.Found(result.Value!) : new ContactPersonOpenResult.NoAccess();
    }

    /// <summary>Every staff member who may be a contact person, with their open cases as contact person, in one query.</summary>
    public async Task<IReadOnlyList<CandidateLoad>> CandidateLoadsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await CandidateLoadsAsync(db, ct);
    }

    private static async Task<IReadOnlyList<CandidateLoad>> CandidateLoadsAsync(PortalDbContext db, CancellationToken ct)
    {
        var roles = Capabilities.RolesFor(Capability.BeContactPerson).ToArray();
        var rows = await db.Staff.AsNoTracking()
            .Where(s => s.IsActive && roles.Contains(s.Role))
            .Select(s => new
            {
                Staff = s,
                Open = db.Cases.Count(c => c.ContactPersonId == s.Id && c.Status != CaseStatus.Afsluttet),
            })
            .ToListAsync(ct);
        return rows.Select(r => new CandidateLoad(r.Staff, r.Open)).ToList();
    }

    /// <summary>
    /// Makes <paramref name="staffId"/> the contact person if the case is still as the visitator saw it
    /// (<paramref name="expectedVersion"/>). Choosing the person who already holds the case is a no-op, so a
    /// double click saves once; any other change in between is a conflict, never an overwrite.
    /// </summary>
    public Task<SaveResult<bool>> AssignAsync(int caseId, int staffId, Guid expectedVersion, string? handoverNote, StaffMember by, CancellationToken ct = default)
    {
        return gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "contactperson.assign", async scope =>
        {
            var c = scope.Case;
            if (c.ContactPersonId == staffId) return new Change<bool>.Unchanged(true);
            if (!scope.Expect(c, expectedVersion)) return new Change<bool>.Conflict(StaleMessage);
            var errors = ContactPersonAssignment.ValidateHandover(handoverNote, isReassignment: c.ContactPersonId is not null);
            if (!errors.IsValid) return new Change<bool>.Invalid(errors);
            var staff = await scope.Db.Staff.SingleOrDefaultAsync(s => s.Id == staffId, ct);
            if (staff is null) return new Change<bool>.Refuse("Medarbejderen findes ikke.");
            var previous = c.ContactPerson?.Name;
            c.AssignContactPerson(staff, by, scope.Now, handoverNote);
            return new Change<bool>.Save(true, previous is null
                ? $"Fast kontaktperson på sag {c.CaseNumber}: {staff.Name}."
                : $"Fast kontaktperson på sag {c.CaseNumber} skiftet fra {previous} til {staff.Name} med overdragelsesnote.");
        }, ct, CaseOperation.Manage, Capability.AssignContactPerson, full: true, conflictMessage: StaleMessage);
    }

    public async Task<SaveResult<bool>> SaveWishesAsync(int caseId, Guid expectedVersion, ContactPersonWishes wishes, StaffMember by, CancellationToken ct = default)
    {
        var errors = wishes.Validate();
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
        return await gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "contactperson.wishes", scope =>
        {
            var c = scope.Case;
            if (c.ContactPersonWishes == wishes.Normalized()) return Task.FromResult<Change<bool>>(new Change<bool>.Unchanged(true));
            if (!scope.Expect(c, expectedVersion)) return Task.FromResult<Change<bool>>(new Change<bool>.Conflict(StaleMessage));
            c.SetContactPersonWishes(wishes, by, scope.Now);
            return Task.FromResult<Change<bool>>(new Change<bool>.Save(true, $"Ønsker til kontaktperson rettet på sag {c.CaseNumber}."));
        }, ct, CaseOperation.Manage, Capability.AssignContactPerson, full: true, conflictMessage: StaleMessage);
    }

    /// <summary>
    /// Records a conflict of interest for the declaration's staff member: staff declare their own; the case's visitator
    /// may register one for a colleague. Declaring again changes nothing. Afterwards the staff member cannot see the case.
    /// </summary>
    public async Task<SaveResult<bool>> DeclareConflictAsync(int caseId, ConflictDeclaration declaration, StaffMember by, CancellationToken ct = default)
    {
        var errors = declaration.Validate();
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
        // The page's form may change while this runs; the values are taken once.
        var (staffId, reason, note) = (declaration.StaffId!.Value, declaration.Reason!.Value, declaration.Note);
        return await gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "contactperson.conflict", async scope =>
        {
            var c = scope.Case;
            if (c.Conflicts.Any(x => x.StaffMemberId == staffId && x.IsActive)) return new Change<bool>.Unchanged(true);
            if (staffId != by.Id && !(MayAssign(by) && CaseAccess.MayManage(c, by, scope.Now)))
                return new Change<bool>.Refuse("Kun sagens stalkingvisitator kan registrere inhabilitet for en kollega.");
            var staff = await scope.Db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId, ct);
            if (staff is null) return new Change<bool>.Refuse("Medarbejderen findes ikke.");
            c.DeclareConflict(staff, reason, note, by, scope.Now);
            // The unique (case, staff) index: the same declaration saved a moment ago is the same outcome.
            scope.RepeatValue = true;
            return new Change<bool>.Save(true, staffId == by.Id
                ? $"{staff.Name} har erklæret inhabilitet på sag {c.CaseNumber}."
                : $"Inhabilitet registreret for {staff.Name} på sag {c.CaseNumber}.");
        }, ct, full: true);
    }

    /// <summary>
    /// Withdraws a conflict of interest with a reason. The staff member who is inhabil cannot see the case, so the gate
    /// checks the withdrawal's own rule (themselves, or the case's visitator) instead of case access.
    /// </summary>
    public async Task<SaveResult<bool>> WithdrawConflictAsync(int conflictId, string? reason, StaffMember by, CancellationToken ct = default)
    {
        var errors = ConflictOfInterest.ValidateWithdrawal(reason);
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
        var key = CaseKey.Of("inhabilitet", conflictId,
            (db, t) => db.Conflicts.Where(x => x.Id == conflictId).Select(x => (int?)x.CaseId).SingleOrDefaultAsync(t));
        return await gate.ChangeAsync<bool>(key, by, "contactperson.conflict-withdraw", scope =>
        {
            var c = scope.Case;
            var conflict = c.Conflicts.Single(x => x.Id == conflictId);
            if (!conflict.IsActive) return Task.FromResult<Change<bool>>(new Change<bool>.Unchanged(true));
            c.WithdrawConflict(conflictId, reason, by, scope.Now);
            return Task.FromResult<Change<bool>>(new Change<bool>.Save(true, by.Id == conflict.StaffMemberId
                ? $"{conflict.StaffName} har trukket sin inhabilitet på sag {c.CaseNumber} tilbage. Begrundelse: {conflict.WithdrawnReason}"
                : $"Inhabiliteten for {conflict.StaffName} på sag {c.CaseNumber} er trukket tilbage. Begrundelse: {conflict.WithdrawnReason}"));
        }, ct, full: true, rule: WithdrawRule(conflictId));
    }

    /// <summary>The conflicted staff member reaches their own declaration; anyone else must see the case (the domain then
    /// lets only the case's visitator withdraw it, with a message saying so).</summary>
    private static CaseRule WithdrawRule(int conflictId) => (_, c, staff, now, _) =>
        Task.FromResult(c.Conflicts.FirstOrDefault(x => x.Id == conflictId) is { } conflict
                        && ((staff.Id == conflict.StaffMemberId && staff.IsActive) || CaseAccess.SeesWhole(c, staff, now)));

    /// <summary>The declarations in force that <paramref name="staff"/> made or that were registered for them.</summary>
    public async Task<IReadOnlyList<OwnConflict>> MyConflictsAsync(StaffMember staff, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Conflicts.AsNoTracking()
            .Where(x => x.StaffMemberId == staff.Id && x.WithdrawnAt == null)
            .Join(db.Cases, x => x.CaseId, c => c.Id, (x, c) => new { x.Id, x.CaseId, c.CaseNumber, x.Reason, x.DeclaredAt, x.DeclaredByName })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.DeclaredAt).Select(r => new OwnConflict(r.Id, r.CaseId, r.CaseNumber, r.Reason, r.DeclaredAt, r.DeclaredByName)).ToList();
    }

    /// <summary>The letter to the citizen, read inside the gate's print scope; null if the viewer may not print it or there is no contact person.</summary>
    public ContactPersonLetter? LetterFor(CaseScope scope)
    {
        var c = scope.Case;
        if (c.ContactPerson is not { } person || !MayPrintLetter(c, scope.Staff, scope.Now)) return null;
        return new ContactPersonLetter(MunicipalityName, c.CaseNumber, c.Citizen.Name, LetterAddressing.Decide(c.Citizen),
            person.Name, person.Department, person.Phone, person.Email, scope.Today, scope.Now);
    }

    private static ContactPersonInfo? CurrentOf(Case c)
    {
        if (c.ContactPerson is not { } person) return null;
        var since = c.ContactPersonHistory.Where(a => a.To is null && a.StaffMemberId == person.Id).Select(a => (DateTimeOffset?)a.From).Max();
        return new ContactPersonInfo(person.Id, person.Name, person.Role.Danish(), person.Department, person.Phone, person.Email,
            since, c.HasConflict(person));
    }

    /// <summary>Newest first. A contact person assigned before the history was kept still appears, with an unknown start.</summary>
    private static IReadOnlyList<ContactPersonHistoryEntry> HistoryOf(Case c)
    {
        var entries = c.ContactPersonHistory
            .OrderByDescending(a => a.From).ThenByDescending(a => a.Id)
            .Select(a => new ContactPersonHistoryEntry(a.StaffName, a.From, a.To, a.AssignedByName, a.HandoverNote))
            .ToList();
        if (c.ContactPerson is { } person && !c.ContactPersonHistory.Any(a => a.To is null && a.StaffMemberId == person.Id))
            entries.Insert(0, new ContactPersonHistoryEntry(person.Name, null, null, null, null));
        return entries;
    }

}
