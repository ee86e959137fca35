using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Risk;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Features.Cases;
using Portal.Security;

namespace Portal.Features.Risk;

/// <param name="ChildrenDecisionText">The case's settled underretning decision, shown instead of the question.</param>
/// <param name="NotificationDue">An earlier answer says an underretning must be sent; it is not yet recorded as sent.</param>
/// <param name="CanDecide">The viewer is the case's visitator or contact person and may answer the underretning question.</param>
/// <param name="LegacyAnswer">The newest underretning answer on an assessment made before the case held the one record.</param>
public sealed record RiskPageData(CaseView Case, bool HouseholdHasChildren, IReadOnlyList<RiskAssessment> Earlier, IReadOnlyList<Instrument> Instruments,
    bool CanAssess, string? ChildrenDecisionText = null, bool NotificationDue = false, bool CanDecide = false, string? LegacyAnswer = null)
{
    public bool AsksChildrenQuestion => HouseholdHasChildren && ChildrenDecisionText is null && CanDecide;
}

/// <summary>
/// The risk instruments run at first contact, with the professional's judgement. The underretning question asked here
/// fills the case's own decision (<see cref="Case.DecideOnNotification"/>): one record, the same rules as on the case page.
/// </summary>
public sealed class RiskService(CaseGate gate, InstrumentCatalog instruments)
{
    public const string AlreadyDecided = "Der er taget stilling til underretning på sagen, siden du åbnede siden. Intet er gemt. Genindlæs siden.";

    public static bool MayAssess(StaffMember staff) => staff.May(Capability.AssessRisk);

    public IReadOnlyList<Instrument> Instruments =>
        [instruments.Current("partnervold-risiko"), instruments.Current(InstrumentCatalog.StalkingScreening)];

    public async Task<RiskPageData?> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(CaseKey.Case(caseId), viewer, "risk", async scope =>
        {
            var c = scope.Case;
            var earlier = (await scope.Db.RiskAssessments.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync(ct))
                .OrderByDescending(r => r.AssessedAt).ToList();
            var view = CaseView.For(c, viewer, scope.Now, scope.ByEmergencyAccess);
            var legacy = earlier.FirstOrDefault(r => r.ChildrenDecision is not null);
            return new RiskPageData(view, c.Citizen.HasChildren, earlier, Instruments, MayAssess(viewer) && !scope.ByEmergencyAccess,
                c.HasChildrenDecision ? view.ChildrenDecisionText : null,
                c.ChildrenDecision == ChildWelfareDecision.SkalUnderrettes,
                !scope.ByEmergencyAccess && CaseAccess.MayManage(c, viewer, scope.Now),
                legacy is null || c.HasChildrenDecision ? null
                    : $"{legacy.ChildrenDecision!.Value.Danish()}{(legacy.ChildrenDecisionNote is { } n ? $" ({n})" : "")} – {legacy.AssessedByName}, {DanishTime.Format(legacy.AssessedAt)}");
        }, ct, full: true);
        return result.Value;
    }

    /// <summary>
    /// Saves an assessment. When the household has children and the underretning is not settled, the case's visitator or
    /// contact person answers it here (required unless it is already noted as due); others assess without it.
    /// </summary>
    public async Task<SaveResult<bool>> AssessAsync(int caseId, string instrumentId, Dictionary<string, string> answers,
        RiskLevel? raisedLevel, string? raiseReason, ChildrenDecisionForm? children, StaffMember by, CancellationToken ct = default)
    {
        var instrument = instruments.Current(instrumentId);
        var errors = RiskJudgement.ValidateForm(instrument, answers, raisedLevel, raiseReason);
        children = children is { IsEmpty: false } ? children : null;
        var result = await gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "risk.assess", async scope =>
        {
            var c = scope.Case;
            var decides = children is not null || (c.AwaitsChildrenDecision && c.ChildrenDecision is null && CaseAccess.MayManage(c, by, scope.Now));
            if (decides && c.HasChildrenDecision) return new Change<bool>.Conflict(AlreadyDecided);
            if (decides && !CaseAccess.MayManage(c, by, scope.Now))
                return new Change<bool>.Refuse("Kun sagens visitator eller faste kontaktperson kan tage stilling til underretning.");
            if (decides && !c.Citizen.HasChildren)
                return new Change<bool>.Refuse("Der er ingen børn i husstanden, så der skal ikke tages stilling til underretning.");
            if (decides)
                foreach (var (field, message) in (children ?? new ChildrenDecisionForm()).Validate(scope.Today, pendingAllowed: true).All)
                    errors.Add(ChildrenField(field), message);
            if (!errors.IsValid) return new Change<bool>.Invalid(errors);

            var assessment = RiskAssessment.Create(caseId, instrument, answers, raisedLevel, raiseReason, by, scope.Now);
            scope.Db.RiskAssessments.Add(assessment);
            c.RecordRiskAssessment(assessment, instrument, by, scope.Now);
            var wasDue = c.ChildrenDecision == ChildWelfareDecision.SkalUnderrettes;
            if (children is not null)
            {
                c.DecideOnNotification(children, by, scope.Today, scope.Now, pendingAllowed: true);
                if (c.HasChildrenDecision) await NotificationTasks.CloseOpenAsync(scope.Db, c.Id, scope.Now, ct);
            }
            var nowDue = !wasDue && c.ChildrenDecision == ChildWelfareDecision.SkalUnderrettes;
            scope.Db.Tasks.AddRange(RiskFollowUp.TasksFor(c, assessment, nowDue, scope.Now, (from, days) => WorkingDays.Add(from, days, DanishTime.Zone)));
            return new Change<bool>.Save(true, $"{instrument.Key} på sag {c.CaseNumber}: {assessment.FinalLevel.Danish()}" +
                (children?.Decision is { } d ? $"; {d.Danish().ToLowerInvariant()}" : "") + ".");
        }, ct, capability: Capability.AssessRisk, full: true);
        // Field errors found before the gate still show when access is refused for another reason.
        return result.Status == SaveStatus.Refused ? result with { Errors = errors } : result;
    }

    /// <summary>The underretning fields on the risk page, apart from the instrument's own.</summary>
    public static string ChildrenField(string field) => field == nameof(ChildrenDecisionForm.Decision) ? "ChildrenDecision" : "Children" + field;
}
