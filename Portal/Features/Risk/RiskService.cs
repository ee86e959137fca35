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

public sealed record RiskPageData(CaseView Case, bool HouseholdHasChildren, IReadOnlyList<RiskAssessment> Earlier, IReadOnlyList<Instrument> Instruments, bool CanAssess);

/// <summary>The risk instruments run at first contact, with the professional's judgement and the underretning question.</summary>
public sealed class RiskService(CaseGate gate, InstrumentCatalog instruments)
{
    public static bool MayAssess(StaffMember staff) => staff.May(Capability.AssessRisk);

    public IReadOnlyList<Instrument> Instruments =>
        [instruments.Current("partnervold-risiko"), instruments.Current(InstrumentCatalog.StalkingScreening)];

    public async Task<RiskPageData?> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(CaseKey.Case(caseId), viewer, "risk", async scope =>
        {
            var earlier = await scope.Db.RiskAssessments.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync(ct);
            return new RiskPageData(CaseView.For(scope.Case, viewer, scope.Now, scope.ByEmergencyAccess), scope.Case.Citizen.HasChildren,
                earlier.OrderByDescending(r => r.AssessedAt).ToList(), Instruments, MayAssess(viewer) && !scope.ByEmergencyAccess);
        }, ct, full: true);
        return result.Value;
    }

    public async Task<(bool Saved, FieldErrors Errors, string? Message)> AssessAsync(int caseId, string instrumentId, Dictionary<string, string> answers,
        RiskLevel? raisedLevel, string? raiseReason, ChildWelfareDecision? childrenDecision, string? childrenNote, StaffMember by, CancellationToken ct = default)
    {
        var instrument = instruments.Current(instrumentId);
        var errors = RiskJudgement.ValidateForm(instrument, answers, raisedLevel, raiseReason);
        var result = await gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "risk.assess", scope =>
        {
            var c = scope.Case;
            foreach (var (field, message) in ChildWelfareDecisions.Validate(c.Citizen.HasChildren, childrenDecision, childrenNote).All)
                errors.Add(field, message);
            if (!errors.IsValid) return Task.FromResult<Change<bool>>(new Change<bool>.Invalid(errors));
            var assessment = RiskAssessment.Create(caseId, instrument, answers, raisedLevel, raiseReason, by, scope.Now);
            assessment.DecideOnChildren(c.Citizen.HasChildren, childrenDecision, childrenNote);
            scope.Db.RiskAssessments.Add(assessment);
            c.RecordRiskAssessment(assessment, instrument, by, scope.Now);
            scope.Db.Tasks.AddRange(RiskFollowUp.TasksFor(c, assessment, scope.Now, (from, days) => WorkingDays.Add(from, days, DanishTime.Zone)));
            return Task.FromResult<Change<bool>>(new Change<bool>.Save(true, $"{instrument.Key} på sag {c.CaseNumber}: {assessment.FinalLevel.Danish()}" +
                (assessment.ChildrenDecision is { } d ? $"; {d.Danish().ToLowerInvariant()}" : "") + "."));
        }, ct, capability: Capability.AssessRisk, full: true);
        // Field errors found before the gate still show when access is refused for another reason.
        return result.Status == GateStatus.Refused ? (false, errors, result.Message) : result.ToFormResult();
    }
}
