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

/// <summary>
/// A saved visitation draft: its version and step. On a conflict it is the draft someone else saved, with their answers and
/// when they saved, so this user can merge it with what they typed.
/// </summary>
public sealed record SavedDraft(Guid Version, int Step, VisitationAnswers? Answers = null, DateTimeOffset? SavedAt = null);

/// <summary>Loads and saves the visitation conversation. Only visitators edit it; drafts live in the database.</summary>
public sealed class VisitationService(IDbContextFactory<PortalDbContext> dbFactory, CaseGate gate, AuditLog audit, InstrumentCatalog instruments)
{
    public Instrument Screening => instruments.Current(InstrumentCatalog.StalkingScreening);

    public async Task<VisitationOpenResult> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        try
        {
            return await OpenOnceAsync(caseId, viewer, ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            // Two visitators (or two tabs) opened the case's visitation at the same moment and both started a draft;
            // the unique case id let one in. The other opens the draft that now exists.
            return await OpenOnceAsync(caseId, viewer, ct);
        }
    }

    private async Task<VisitationOpenResult> OpenOnceAsync(int caseId, StaffMember viewer, CancellationToken ct)
    {
        var result = await gate.ChangeAsync<VisitationOpenResult>(CaseKey.Case(caseId), viewer, "visitation.start", async scope =>
        {
            var view = CaseView.For(scope.Case, viewer, scope.Now);
            var draft = await scope.Db.VisitationDrafts.SingleOrDefaultAsync(v => v.CaseId == caseId, ct);
            if (draft is { IsCompleted: true }) return new Change<VisitationOpenResult>.Unchanged(new VisitationOpenResult.Finished(view, draft.Summary!, draft.CompletedAt!.Value));
            if (!viewer.May(Capability.RunVisitation) || scope.ByEmergencyAccess) return new Change<VisitationOpenResult>.Unchanged(new VisitationOpenResult.NotStarted(view));
            if (draft is not null) return new Change<VisitationOpenResult>.Unchanged(new VisitationOpenResult.Draft(view, draft.ReadAnswers(), draft.CurrentStep, draft.Version, Screening));
            draft = new VisitationDraft(caseId, viewer, scope.Now);
            scope.Db.VisitationDrafts.Add(draft);
            scope.RepeatValue = null;
            return new Change<VisitationOpenResult>.Save(new VisitationOpenResult.Draft(view, draft.ReadAnswers(), draft.CurrentStep, Guid.Empty, Screening),
                $"Stalkingvisitation påbegyndt på sag {scope.Case.CaseNumber}.");
        }, ct, CaseOperation.Read, full: true);
        if (!result.IsSaved) return new VisitationOpenResult.NoAccess();
        await audit.RecordAsync(viewer.Username, "visitation.read", caseId, $"Visitation på sag {result.Value switch { VisitationOpenResult.Draft d => d.Case.CaseNumber, VisitationOpenResult.Finished f => f.Case.CaseNumber, VisitationOpenResult.NotStarted n => n.Case.CaseNumber, _ => "" }} åbnet.", ct);
        // A new draft's version is stamped on save: read it back so the first autosave is not a conflict.
        if (result.Value is VisitationOpenResult.Draft { Version: var v } fresh && v == Guid.Empty)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var version = await db.VisitationDrafts.Where(x => x.CaseId == caseId).Select(x => x.Version).SingleAsync(ct);
            return fresh with { Version = version };
        }
        return result.Value!;
    }

    /// <summary>Saves the draft if nobody else saved it since <paramref name="expectedVersion"/>. Every save is audited.</summary>
    public async Task<SaveResult<SavedDraft>> SaveDraftAsync(int caseId, VisitationAnswers answers, int step, Guid expectedVersion, StaffMember visitator, CancellationToken ct = default)
    {
        var result = await gate.ChangeAsync<VisitationDraft?>(CaseKey.Case(caseId), visitator, "visitation.draft", async scope =>
        {
            var draft = await scope.Db.VisitationDrafts.SingleOrDefaultAsync(v => v.CaseId == caseId, ct);
            if (draft is null) return new Change<VisitationDraft?>.Refuse("Visitationen findes ikke.");
            if (draft.IsCompleted) return new Change<VisitationDraft?>.Refuse("Visitationen er afsluttet og kan ikke ændres.");
            if (!scope.Expect(draft, expectedVersion)) return new Change<VisitationDraft?>.Conflict();
            draft.Save(answers, step, Screening, scope.Today, scope.Now);
            return new Change<VisitationDraft?>.Save(draft, $"Kladde til stalkingvisitation gemt på sag {scope.Case.CaseNumber} (trin {draft.CurrentStep + 1}).");
        }, ct, CaseOperation.Change, Capability.RunVisitation, conflictMessage: ConflictMessage);
        return result.Status switch
        {
            SaveStatus.Saved => SaveResult<SavedDraft>.Saved(new SavedDraft(result.Value!.Version, result.Value.CurrentStep)),
            SaveStatus.Conflict => await NewerDraftAsync(caseId, visitator, result.Message!, ct),
            _ => result.As<SavedDraft>(),
        };
    }

    /// <summary>The version saved by the other window or person, read through the gate, so the user can merge it with theirs.</summary>
    private async Task<SaveResult<SavedDraft>> NewerDraftAsync(int caseId, StaffMember visitator, string message, CancellationToken ct)
    {
        var newer = await gate.ReadAsync(CaseKey.Case(caseId), visitator, "visitation", async scope =>
        {
            scope.AuditDetails = $"Nyere gemt kladde til stalkingvisitation på sag {scope.Case.CaseNumber} hentet for at flette.";
            return await scope.Db.VisitationDrafts.AsNoTracking().SingleOrDefaultAsync(v => v.CaseId == caseId, ct);
        }, ct);
        return newer.Value is { IsCompleted: false } draft
            ? SaveResult<SavedDraft>.Conflict(MergeMessage) with { Value = new SavedDraft(draft.Version, draft.CurrentStep, draft.ReadAnswers(), draft.UpdatedAt) }
            : SaveResult<SavedDraft>.Conflict(message);
    }

    private const string MergeMessage =
        "Visitationen er gemt fra et andet vindue eller af en anden, mens du skrev. Intet af det, du har skrevet, er tabt: " +
        "vælg for hvert svar herunder, om dit eller det gemte skal gælde, og gem derefter.";

    /// <summary>Finishes: risk result and summary on the case, case to Visiteret. Finishing twice changes nothing.</summary>
    public Task<SaveResult<bool>> CompleteAsync(int caseId, Guid expectedVersion, StaffMember visitator, CancellationToken ct = default) =>
        gate.ChangeAsync<bool>(CaseKey.Case(caseId), visitator, "visitation.complete", async scope =>
        {
            var db = scope.Db;
            var draft = await db.VisitationDrafts.SingleOrDefaultAsync(v => v.CaseId == caseId, ct);
            if (draft is null) return new Change<bool>.Refuse("Visitationen findes ikke.");
            if (draft.IsCompleted) return new Change<bool>.Unchanged(true);
            if (!scope.Expect(draft, expectedVersion)) return new Change<bool>.Conflict();
            var c = scope.Case;
            var me = await db.Staff.SingleAsync(s => s.Id == visitator.Id, ct);
            var assessment = draft.Complete(c, Screening, me, scope.Today, scope.Now);
            db.RiskAssessments.Add(assessment);
            db.Tasks.AddRange(RiskFollowUp.TasksFor(c, assessment, false, scope.Now, (from, days) => WorkingDays.Add(from, days, DanishTime.Zone)));
            return new Change<bool>.Save(true, $"Stalkingvisitation afsluttet på sag {c.CaseNumber}; risikoniveau {assessment.FinalLevel.Danish()}.");
        }, ct, CaseOperation.Change, Capability.RunVisitation, full: true, conflictMessage: ConflictMessage);

    private const string ConflictMessage =
        "Visitationen er gemt fra et andet vindue eller af en anden, siden du åbnede den. Dine seneste ændringer er ikke gemt. " +
        "Genindlæs siden for at fortsætte fra det gemte.";

}
