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
public sealed class RiskService(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time, InstrumentCatalog instruments)
{
    public static bool MayAssess(StaffMember staff) => staff.Role is Role.Raadgiver or Role.Kontaktperson or Role.Visitator;

    public IReadOnlyList<Instrument> Instruments =>
        [instruments.Current("partnervold-risiko"), instruments.Current(InstrumentCatalog.StalkingScreening)];

    public async Task<RiskPageData?> OpenAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await CaseLoading.LoadAsync(db, caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, viewer))
        {
            await audit.RecordAsync(viewer.Username, "risk.denied", c?.Id, "Forsøg på at åbne risikovurderinger uden adgang.", ct);
            return null;
        }
        var earlier = await db.RiskAssessments.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync(ct);
        await audit.RecordAsync(viewer.Username, "risk.read", caseId, $"Risikovurderinger på sag {c.CaseNumber} åbnet.", ct);
        return new RiskPageData(CaseView.For(c, viewer), c.Citizen.HasChildren,
            earlier.OrderByDescending(r => r.AssessedAt).ToList(), Instruments, MayAssess(viewer));
    }

    public async Task<(bool Saved, FieldErrors Errors, string? Message)> AssessAsync(int caseId, string instrumentId, Dictionary<string, string> answers,
        RiskLevel? raisedLevel, string? raiseReason, ChildWelfareDecision? childrenDecision, string? childrenNote, StaffMember by, CancellationToken ct = default)
    {
        var instrument = instruments.Current(instrumentId);
        var errors = RiskJudgement.ValidateForm(instrument, answers, raisedLevel, raiseReason);
        if (!MayAssess(by)) return (false, errors, "Du kan ikke foretage risikovurderinger.");

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await CaseLoading.LoadAsync(db, caseId, ct, tracking: true);
        if (c is null || !CaseAccess.CanSee(c, by)) return (false, errors, "Du har ikke adgang til sagen.");
        foreach (var (field, message) in ChildWelfareDecisions.Validate(c.Citizen.HasChildren, childrenDecision, childrenNote).All)
            errors.Add(field, message);
        if (!errors.IsValid) return (false, errors, null);

        var now = time.GetUtcNow();
        var assessment = RiskAssessment.Create(caseId, instrument, answers, raisedLevel, raiseReason, by, now);
        assessment.DecideOnChildren(c.Citizen.HasChildren, childrenDecision, childrenNote);
        db.RiskAssessments.Add(assessment);
        c.RecordRiskAssessment(assessment, instrument, by, now);
        db.Tasks.AddRange(RiskFollowUp.TasksFor(c, assessment, now, (from, days) => WorkingDays.Add(from, days, DanishTime.Zone)));
        await audit.SaveWithAuditAsync(db, by.Username, "risk.assess", caseId,
            $"{instrument.Key} på sag {c.CaseNumber}: {assessment.FinalLevel.Danish()}" +
            (assessment.ChildrenDecision is { } d ? $"; {d.Danish().ToLowerInvariant()}" : "") + ".", ct);
        return (true, errors, null);
    }
}
