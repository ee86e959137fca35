using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.CrisisPlans;
using Portal.Domain.HelpLines;
using Portal.Domain.Staff;
using Portal.Domain.Tasks;
using Portal.Domain.Validation;
using Portal.Features.Cases;
using Portal.Security;

namespace Portal.Features.CrisisPlans;

public sealed record CrisisPlanVersionInfo(int Number, DateTimeOffset SavedAt, string SavedByName, bool IsReady);

/// <param name="DraftSavedAt">Set when <paramref name="Content"/> is the viewer's unsaved draft rather than the latest version.</param>
public sealed record CrisisPlanEditorData(CaseView Case, CrisisPlanContent Content, int Number, IReadOnlyList<CrisisPlanVersionInfo> Versions,
    IReadOnlyList<HelpLine> HelpLines, bool CanEdit, DateTimeOffset? DraftSavedAt, string? PreferredLanguage);

/// <summary>Everything a printed crisis plan shows. Holds no address: the plan never prints one.</summary>
public sealed record CrisisPlanPrint(
    string MunicipalityName, string CaseNumber, string CitizenName, CrisisPlanContent Content, int VersionNumber,
    DateTimeOffset SavedAt, string SavedByName, string? ContactPersonName, IReadOnlyList<HelpLine> HelpLines, DateTimeOffset PrintedAt, string PrintedBy,
    string? PreferredLanguage = null);

/// <summary>Loads and saves crisis plan versions; every saved version is kept. Every call goes through the case gate.</summary>
public sealed class CrisisPlanService(CaseGate gate)
{
    public static bool MayEdit(StaffMember staff) => staff.May(Capability.EditCrisisPlan);

    public async Task<CrisisPlanEditorData?> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(CaseKey.Case(caseId), viewer, "crisisplan", async scope =>
        {
            var db = scope.Db;
            var versions = await db.CrisisPlanVersions.AsNoTracking().Where(v => v.CaseId == caseId).OrderByDescending(v => v.Number).ToListAsync(ct);
            var helpLines = await db.HelpLines.AsNoTracking().OrderBy(h => h.SortOrder).ToListAsync(ct);
            var latest = versions.FirstOrDefault();
            var canEdit = MayEdit(viewer) && !scope.ByEmergencyAccess;
            var draft = canEdit
                ? await db.CrisisPlanDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.CaseId == caseId && d.StaffMemberId == viewer.Id, ct)
                : null;
            return new CrisisPlanEditorData(CaseView.For(scope.Case, viewer, scope.Now, scope.ByEmergencyAccess), draft?.Content ?? latest?.Content ?? new CrisisPlanContent(),
                latest?.Number ?? 0, versions.Select(v => new CrisisPlanVersionInfo(v.Number, v.SavedAt, v.SavedByName, v.IsReady)).ToList(), helpLines,
                canEdit, draft?.UpdatedAt, scope.Case.Citizen.PreferredLanguage);
        }, ct, full: true);
        return result.Value;
    }

    /// <summary>Keeps what the viewer has typed but not saved; called every few seconds by the editor.</summary>
    public Task<SaveResult<bool>> SaveDraftAsync(int caseId, int basedOn, CrisisPlanContent content, StaffMember by, CancellationToken ct = default) =>
        gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "crisisplan.draft", async scope =>
        {
            var draft = await scope.Db.CrisisPlanDrafts.SingleOrDefaultAsync(d => d.CaseId == caseId && d.StaffMemberId == by.Id, ct);
            var isNew = draft is null;
            if (draft is null) scope.Db.CrisisPlanDrafts.Add(draft = new CrisisPlanDraft(caseId, by.Id));
            draft.Update(content, basedOn, scope.Now);
            return new Change<bool>.Save(true, isNew
                ? $"Kladde til kriseplan på sag {scope.Case.CaseNumber} påbegyndt."
                : $"Kladde til kriseplan på sag {scope.Case.CaseNumber} gemt automatisk.");
        }, ct, capability: Capability.EditCrisisPlan);

    /// <summary>Records the citizen's preferred language, in which the plan prints from now on; null for Danish.</summary>
    public Task<SaveResult<bool>> SetLanguageAsync(int caseId, string? code, StaffMember by, CancellationToken ct = default)
    {
        if (code is not null && !CrisisPlanLanguages.IsKnown(code))
        {
            var errors = new FieldErrors();
            errors.Add("Language", CrisisPlanLanguages.UnknownMessage);
            return Task.FromResult(SaveResult<bool>.Invalid(errors));
        }
        return gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "crisisplan.language", scope =>
        {
            scope.Case.Citizen.SetPreferredLanguage(code);
            return Task.FromResult<Change<bool>>(new Change<bool>.Save(true,
                $"Borgerens foretrukne sprog på sag {scope.Case.CaseNumber} sat til {code ?? CrisisPlanLanguages.Danish}."));
        }, ct, capability: Capability.EditCrisisPlan);
    }

    public Task<SaveResult<bool>> DiscardDraftAsync(int caseId, StaffMember by, CancellationToken ct = default) =>
        gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "crisisplan.draft.discard", async scope =>
        {
            var drafts = await scope.Db.CrisisPlanDrafts.Where(d => d.CaseId == caseId && d.StaffMemberId == by.Id).ToListAsync(ct);
            if (drafts.Count == 0) return new Change<bool>.Unchanged(true);
            scope.Db.CrisisPlanDrafts.RemoveRange(drafts);
            return new Change<bool>.Save(true, $"Kladde til kriseplan på sag {scope.Case.CaseNumber} kasseret.");
        }, ct);

    public async Task<CrisisPlanContent?> VersionAsync(int caseId, int number, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(CaseKey.Case(caseId), viewer, "crisisplan", async scope =>
        {
            var version = await scope.Db.CrisisPlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.CaseId == caseId && v.Number == number, ct);
            scope.AuditAction = "crisisplan.version.read";
            scope.AuditDetails = version is null
                ? $"Kriseplan version {number} på sag {scope.Case.CaseNumber} søgt, findes ikke."
                : $"Kriseplan version {number} på sag {scope.Case.CaseNumber} læst.";
            return version?.Content;
        }, ct);
        return result.Value;
    }

    /// <summary>Saves a new version based on <paramref name="basedOn"/>; if someone saved in between, nothing is saved.</summary>
    /// <returns>Saved with the new version's number.</returns>
    public Task<SaveResult<int>> SaveAsync(int caseId, int basedOn, CrisisPlanContent content, StaffMember by, CancellationToken ct = default) =>
        gate.ChangeAsync<int>(CaseKey.Case(caseId), by, "crisisplan.save", async scope =>
        {
            var errors = content.Validate(scope.Today);
            if (!errors.IsValid) return new Change<int>.Invalid(errors);
            var db = scope.Db;
            var latest = await db.CrisisPlanVersions.Where(v => v.CaseId == caseId).MaxAsync(v => (int?)v.Number, ct) ?? 0;
            if (latest != basedOn) return new Change<int>.Conflict(ConflictText(latest));
            var version = CrisisPlanVersion.Save(caseId, basedOn, content, by, scope.Today, scope.Now);
            db.CrisisPlanVersions.Add(version);
            db.CrisisPlanDrafts.RemoveRange(await db.CrisisPlanDrafts.Where(d => d.CaseId == caseId && d.StaffMemberId == by.Id).ToListAsync(ct));
            await ScheduleReviewAsync(db, scope.Case, content.NextReview, scope.Now, ct);
            return new Change<int>.Save(version.Number,
                $"Kriseplan version {version.Number} gemt på sag {scope.Case.CaseNumber}{(version.IsReady ? " (klar)" : "")}.");
        }, ct, capability: Capability.EditCrisisPlan,
            // The unique (case, number) index: another save of the same version got there first.
            conflictMessage: ConflictText(basedOn + 1));

    public const string ReviewTask = "Gennemgå kriseplanen med borgeren";

    /// <summary>The plan's next review date is a task for the case owner; a new date moves the task.</summary>
    private static async Task ScheduleReviewAsync(PortalDbContext db, Case c, DateOnly? review, DateTimeOffset now, CancellationToken ct)
    {
        var open = await db.Tasks.Where(t => t.CaseId == c.Id && t.Source == TaskSource.Kriseplan && t.ClosedAt == null).ToListAsync(ct);
        if (review is not { } date)
        {
            foreach (var t in open) t.Reschedule(null);
            return;
        }
        var local = date.ToDateTime(new TimeOnly(12, 0));
        var due = new DateTimeOffset(local, DanishTime.Zone.GetUtcOffset(local));
        if (open.Count > 0)
            foreach (var t in open) t.Reschedule(due);
        else if (Portal.Domain.Risk.RiskFollowUp.OwnerOf(c) is { } owner)
            db.Tasks.Add(new CaseTask(c.Id, owner, ReviewTask, TaskSource.Kriseplan, now, due));
    }

    private static string ConflictText(int latest) =>
        $"Der er gemt en nyere version ({latest}) af kriseplanen, siden du åbnede den. Din tekst er ikke gemt, men står stadig i editoren. " +
        "Kopiér dine ændringer, genindlæs planen og indsæt dem igen.";

    /// <summary>The latest (or a given) version for printing, read inside the gate's print scope; null when there is none.</summary>
    public static async Task<CrisisPlanPrint?> ForPrintAsync(CaseScope scope, string municipality, int? number, CancellationToken ct)
    {
        var db = scope.Db;
        var c = scope.Case;
        var versions = db.CrisisPlanVersions.AsNoTracking().Where(v => v.CaseId == c.Id);
        var version = await (number is { } n ? versions.Where(v => v.Number == n) : versions.OrderByDescending(v => v.Number)).FirstOrDefaultAsync(ct);
        if (version is null) return null;
        var helpLines = await db.HelpLines.AsNoTracking().OrderBy(h => h.SortOrder).ToListAsync(ct);
        return new CrisisPlanPrint(municipality, c.CaseNumber, c.Citizen.Name, version.Content, version.Number, version.SavedAt,
            version.SavedByName, c.ContactPerson?.Name, helpLines, scope.Now, scope.Staff.Name, c.Citizen.PreferredLanguage);
    }
}
