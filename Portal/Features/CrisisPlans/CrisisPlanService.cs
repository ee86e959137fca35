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
    IReadOnlyList<HelpLine> HelpLines, bool CanEdit, DateTimeOffset? DraftSavedAt);

/// <summary>Everything a printed crisis plan shows. Holds no address: the plan never prints one.</summary>
public sealed record CrisisPlanPrint(
    string MunicipalityName, string CaseNumber, string CitizenName, CrisisPlanContent Content, int VersionNumber,
    DateTimeOffset SavedAt, string SavedByName, string? ContactPersonName, IReadOnlyList<HelpLine> HelpLines, DateTimeOffset PrintedAt, string PrintedBy);

public abstract record PlanSaveResult
{
    public sealed record Saved(int Number) : PlanSaveResult;
    public sealed record Invalid(FieldErrors Errors) : PlanSaveResult;
    public sealed record Conflict(string Message) : PlanSaveResult;
    public sealed record Refused(string Message) : PlanSaveResult;
}

/// <summary>Loads and saves crisis plan versions; every saved version is kept.</summary>
public sealed class CrisisPlanService(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time, IConfiguration config)
{
    public string MunicipalityName => config["Municipality:Name"] ?? "Esbjerg Kommune";

    public static bool MayEdit(StaffMember staff) => staff.Role is Role.Raadgiver or Role.Kontaktperson or Role.Visitator;

    public async Task<CrisisPlanEditorData?> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await CaseLoading.LoadAsync(db, caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, viewer))
        {
            await audit.RecordAsync(viewer.Username, "crisisplan.denied", c?.Id, "Forsøg på at åbne en kriseplan uden adgang.", ct);
            return null;
        }
        var versions = await db.CrisisPlanVersions.AsNoTracking().Where(v => v.CaseId == caseId).OrderByDescending(v => v.Number).ToListAsync(ct);
        var helpLines = await db.HelpLines.AsNoTracking().OrderBy(h => h.SortOrder).ToListAsync(ct);
        await audit.RecordAsync(viewer.Username, "crisisplan.read", caseId, $"Kriseplan på sag {c.CaseNumber} åbnet.", ct);
        var latest = versions.FirstOrDefault();
        var draft = MayEdit(viewer)
            ? await db.CrisisPlanDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.CaseId == caseId && d.StaffMemberId == viewer.Id, ct)
            : null;
        return new CrisisPlanEditorData(CaseView.For(c, viewer), draft?.Content ?? latest?.Content ?? new CrisisPlanContent(), latest?.Number ?? 0,
            versions.Select(v => new CrisisPlanVersionInfo(v.Number, v.SavedAt, v.SavedByName, v.IsReady)).ToList(), helpLines, MayEdit(viewer),
            draft?.UpdatedAt);
    }

    /// <summary>Keeps what the viewer has typed but not saved; called every few seconds by the editor.</summary>
    public async Task SaveDraftAsync(int caseId, int basedOn, CrisisPlanContent content, StaffMember by, CancellationToken ct = default)
    {
        if (!MayEdit(by)) return;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.Include(x => x.Shares).AsNoTracking().SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, by)) return;
        var draft = await db.CrisisPlanDrafts.SingleOrDefaultAsync(d => d.CaseId == caseId && d.StaffMemberId == by.Id, ct);
        var isNew = draft is null;
        if (draft is null) db.CrisisPlanDrafts.Add(draft = new CrisisPlanDraft(caseId, by.Id));
        draft.Update(content, basedOn, time.GetUtcNow());
        // The first keystrokes of a draft are audited; the autosaves after them would only flood the log.
        if (isNew) await audit.SaveWithAuditAsync(db, by.Username, "crisisplan.draft", caseId, $"Kladde til kriseplan på sag {c.CaseNumber} påbegyndt.", ct);
        else await db.SaveChangesAsync(ct);
    }

    public async Task DiscardDraftAsync(int caseId, StaffMember by, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.CrisisPlanDrafts.Where(d => d.CaseId == caseId && d.StaffMemberId == by.Id).ExecuteDeleteAsync(ct);
    }

    public async Task<CrisisPlanContent?> VersionAsync(int caseId, int number, StaffMember viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.Include(x => x.Shares).AsNoTracking().SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, viewer)) return null;
        var version = await db.CrisisPlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.CaseId == caseId && v.Number == number, ct);
        if (version is not null)
            await audit.RecordAsync(viewer.Username, "crisisplan.version.read", caseId, $"Kriseplan version {number} på sag {c.CaseNumber} læst.", ct);
        return version?.Content;
    }

    /// <summary>Saves a new version based on <paramref name="basedOn"/>; if someone saved in between, nothing is saved.</summary>
    public async Task<PlanSaveResult> SaveAsync(int caseId, int basedOn, CrisisPlanContent content, StaffMember by, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var errors = content.Validate(DanishTime.Today(now));
        if (!errors.IsValid) return new PlanSaveResult.Invalid(errors);
        if (!MayEdit(by)) return new PlanSaveResult.Refused("Du kan ikke rette kriseplaner.");

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.Include(x => x.Shares).SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, by)) return new PlanSaveResult.Refused("Du har ikke adgang til sagen.");
        var latest = await db.CrisisPlanVersions.Where(v => v.CaseId == caseId).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        if (latest != basedOn) return Conflict(latest);

        var version = CrisisPlanVersion.Save(caseId, basedOn, content, by, DanishTime.Today(now), now);
        db.CrisisPlanVersions.Add(version);
        db.CrisisPlanDrafts.RemoveRange(await db.CrisisPlanDrafts.Where(d => d.CaseId == caseId && d.StaffMemberId == by.Id).ToListAsync(ct));
        await ScheduleReviewAsync(db, c, content.NextReview, now, ct);
        try
        {
            await audit.SaveWithAuditAsync(db, by.Username, "crisisplan.save", caseId,
                $"Kriseplan version {version.Number} gemt på sag {c.CaseNumber}{(version.IsReady ? " (klar)" : "")}.", ct);
        }
        catch (DbUpdateException)
        {
            // The unique (case, number) index: another save of the same version got there first.
            return Conflict(basedOn + 1);
        }
        return new PlanSaveResult.Saved(version.Number);
    }

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

    private static PlanSaveResult Conflict(int latest) => new PlanSaveResult.Conflict(
        $"Der er gemt en nyere version ({latest}) af kriseplanen, siden du åbnede den. Din tekst er ikke gemt, men står stadig i editoren. " +
        "Kopiér dine ændringer, genindlæs planen og indsæt dem igen.");

    /// <summary>The latest (or a given) version for printing. The read is audited by the caller's endpoint.</summary>
    public async Task<CrisisPlanPrint?> LoadForPrintAsync(int caseId, StaffMember viewer, int? number, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.Include(x => x.Citizen).Include(x => x.ContactPerson).Include(x => x.Shares).AsNoTracking()
            .SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, viewer)) return null;
        var versions = db.CrisisPlanVersions.AsNoTracking().Where(v => v.CaseId == caseId);
        var version = await (number is { } n ? versions.Where(v => v.Number == n) : versions.OrderByDescending(v => v.Number)).FirstOrDefaultAsync(ct);
        if (version is null) return null;
        var helpLines = await db.HelpLines.AsNoTracking().OrderBy(h => h.SortOrder).ToListAsync(ct);
        return new CrisisPlanPrint(MunicipalityName, c.CaseNumber, c.Citizen.Name, version.Content, version.Number, version.SavedAt,
            version.SavedByName, c.ContactPerson?.Name, helpLines, time.GetUtcNow(), viewer.Name);
    }
}
