using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Risk;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Domain.Visitation;
using Portal.Features.Risk;
using Portal.Security;

namespace Portal.Features.Visitation;

public abstract record VisitationOpenResult
{
    /// <summary>A visitator working on the conversation.</summary>
    public sealed record Draft(CaseView Case, VisitationAnswers Answers, int Step, Guid Version, Instrument Screening) : VisitationOpenResult;
    /// <summary>The finished conversation, read-only.</summary>
    public sealed record Finished(CaseView Case, string Summary, DateTimeOffset CompletedAt) : VisitationOpenResult;
    public sealed record NotStarted(CaseView Case) : VisitationOpenResult;
    public sealed record NoAccess : VisitationOpenResult;
}

public abstract record DraftSaveResult
{
    public sealed record Saved(Guid Version, int Step) : DraftSaveResult;
    public sealed record Conflict(string Message) : DraftSaveResult;
    public sealed record Refused(string Message) : DraftSaveResult;
}

/// <summary>Loads and saves the visitation conversation. Only visitators edit it; drafts live in the database.</summary>
public sealed class VisitationService(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time, InstrumentCatalog instruments)
{
    public Instrument Screening => instruments.Current(InstrumentCatalog.StalkingScreening);

    public async Task<VisitationOpenResult> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await LoadCaseAsync(db, caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, viewer))
        {
            await audit.RecordAsync(viewer.Username, "visitation.denied", c?.Id, "Forsøg på at åbne en visitation uden adgang.", ct);
            return new VisitationOpenResult.NoAccess();
        }
        var view = CaseView.For(c, viewer);
        var draft = await db.VisitationDrafts.SingleOrDefaultAsync(v => v.CaseId == caseId, ct);
        await audit.RecordAsync(viewer.Username, "visitation.read", c.Id, $"Visitation på sag {c.CaseNumber} åbnet.", ct);

        if (draft is { IsCompleted: true }) return new VisitationOpenResult.Finished(view, draft.Summary!, draft.CompletedAt!.Value);
        if (viewer.Role != Role.Visitator) return new VisitationOpenResult.NotStarted(view);
        if (draft is null)
        {
            draft = new VisitationDraft(caseId, viewer, time.GetUtcNow());
            db.VisitationDrafts.Add(draft);
            await db.SaveChangesAsync(ct);
        }
        return new VisitationOpenResult.Draft(view, draft.ReadAnswers(), draft.CurrentStep, draft.Version, Screening);
    }

    /// <summary>Saves the draft if nobody else saved it since <paramref name="expectedVersion"/>.</summary>
    public async Task<DraftSaveResult> SaveDraftAsync(int caseId, VisitationAnswers answers, int step, Guid expectedVersion, StaffMember visitator, CancellationToken ct = default)
    {
        if (visitator.Role != Role.Visitator) return new DraftSaveResult.Refused("Kun en stalkingvisitator kan føre visitationen.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var draft = await db.VisitationDrafts.SingleOrDefaultAsync(v => v.CaseId == caseId, ct);
        if (draft is null) return new DraftSaveResult.Refused("Visitationen findes ikke.");
        if (draft.IsCompleted) return new DraftSaveResult.Refused("Visitationen er afsluttet og kan ikke ændres.");
        if (draft.Version != expectedVersion) return Conflict();

        var now = time.GetUtcNow();
        draft.Save(answers, step, Screening, DanishTime.Today(now), now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }
        return new DraftSaveResult.Saved(draft.Version, draft.CurrentStep);
    }

    /// <summary>Finishes: risk result and summary on the case, case to Visiteret. Finishing twice changes nothing.</summary>
    public async Task<SaveOutcome> CompleteAsync(int caseId, Guid expectedVersion, StaffMember visitator, CancellationToken ct = default)
    {
        if (visitator.Role != Role.Visitator) return SaveOutcome.Fail("Kun en stalkingvisitator kan afslutte visitationen.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var draft = await db.VisitationDrafts.SingleOrDefaultAsync(v => v.CaseId == caseId, ct);
        if (draft is null) return SaveOutcome.Fail("Visitationen findes ikke.");
        if (draft.IsCompleted) return SaveOutcome.Ok;
        if (draft.Version != expectedVersion) return SaveOutcome.Fail(ConflictMessage);

        var c = await LoadCaseAsync(db, caseId, ct, tracking: true);
        var me = await db.Staff.SingleAsync(s => s.Id == visitator.Id, ct);
        var now = time.GetUtcNow();
        try
        {
            var assessment = draft.Complete(c!, Screening, me, DanishTime.Today(now), now);
            db.RiskAssessments.Add(assessment);
            db.Tasks.AddRange(RiskFollowUp.TasksFor(c!, assessment, now, (from, days) => WorkingDays.Add(from, days, DanishTime.Zone)));
            await audit.SaveWithAuditAsync(db, visitator.Username, "visitation.complete", caseId,
                $"Stalkingvisitation afsluttet på sag {c!.CaseNumber}; risikoniveau {assessment.FinalLevel.Danish()}.", ct);
            return SaveOutcome.Ok;
        }
        catch (DomainRuleException e)
        {
            return SaveOutcome.Fail(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Fail(ConflictMessage);
        }
    }

    private const string ConflictMessage =
        "Visitationen er gemt fra et andet vindue eller af en anden, siden du åbnede den. Dine seneste ændringer er ikke gemt. " +
        "Genindlæs siden for at fortsætte fra det gemte.";

    private static DraftSaveResult Conflict() => new DraftSaveResult.Conflict(ConflictMessage);

    private static Task<Case?> LoadCaseAsync(PortalDbContext db, int caseId, CancellationToken ct, bool tracking = false) =>
        Portal.Features.Cases.CaseLoading.LoadAsync(db, caseId, ct, tracking);
}

public sealed record SaveOutcome(bool Succeeded, string? Message)
{
    public static readonly SaveOutcome Ok = new(true, null);
    public static SaveOutcome Fail(string message) => new(false, message);
}
