using Microsoft.EntityFrameworkCore;
using Portal.Components.Formatting;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Referrals;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Security;

namespace Portal.Features.Referrals;

/// <summary>A case's restraining orders as shown, and whether the viewer may record and correct them.</summary>
public sealed record RestrainingOrders(int CaseId, IReadOnlyList<RestrainingOrder> Orders, bool CanRecord);

/// <summary>
/// Tilhold and opholdsforbud on a case and their breaches: recorded and corrected by the case's staff and by the police
/// of the district the case was referred to. A repeated request changes nothing; a correction from an outdated page is a conflict.
/// </summary>
public sealed class RestrainingOrderService(CaseGate gate)
{
    public const string OrderChangedMessage =
        "Tilholdet er rettet af en anden, siden du åbnede det. Intet er gemt. Genindlæs siden, se rettelsen, og ret igen.";

    /// <summary>Who may see and work with a case's restraining orders: its staff, and the police it was referred to.</summary>
    internal static readonly CaseRule OrderRule = async (db, c, staff, now, ct) =>
        ReferralAccess.MayWorkWithRestrainingOrders(CaseAccess.SeesWhole(c, staff, now), await ReferredToPoliceAsync(db, c.Id, staff, ct), staff);

    /// <summary>The case was referred to the police; for a police user, to their own district.</summary>
    private static Task<bool> ReferredToPoliceAsync(PortalDbContext db, int caseId, StaffMember viewer, CancellationToken ct)
    {
        var police = db.Referrals.Where(r => r.CaseId == caseId && r.Recipient == RecipientKind.Politi);
        if (viewer.Role == Role.Politi) police = police.Where(r => r.RecipientOrganisationId == viewer.OrganisationId);
        return police.AnyAsync(ct);
    }

    public async Task<SaveResult<bool>> RecordAsync(int caseId, RestrainingOrderForm form, StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        var errors = form.Validate();
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
        return await gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "restraining-order.record", async scope =>
        {
            if (await scope.Db.RestrainingOrders.AnyAsync(o => o.RequestId == requestId, ct)) return new Change<bool>.Unchanged(true);
            var order = RestrainingOrder.Record(caseId, form, by, scope.Now, requestId);
            scope.Db.RestrainingOrders.Add(order);
            scope.RepeatValue = true;
            return new Change<bool>.Save(true,
                $"{order.Kind.Danish()} {DanishFormat.Date(order.From)} – {DanishFormat.Date(order.To)} registreret på sag {scope.Case.CaseNumber}.");
        }, ct, rule: OrderRule);
    }

    public Task<SaveResult<bool>> ReportBreachAsync(int orderId, BreachForm form, StaffMember by, Guid requestId, CancellationToken ct = default) =>
        gate.ChangeAsync<bool>(OrderKey(orderId), by, "restraining-order.breach", async scope =>
        {
            var order = await scope.Db.RestrainingOrders.Include(o => o.Breaches).SingleAsync(o => o.Id == orderId, ct);
            if (order.Breaches.Any(b => b.RequestId == requestId)) return new Change<bool>.Unchanged(true);
            var errors = order.ValidateBreach(form, scope.Today);
            if (!errors.IsValid) return new Change<bool>.Invalid(errors);
            order.ReportBreach(form, by, scope.Today, scope.Now, requestId);
            scope.RepeatValue = true;
            return new Change<bool>.Save(true,
                $"Overtrædelse af {order.Kind.Definite()} den {DanishFormat.Date(form.Date!.Value)} registreret på sag {scope.Case.CaseNumber}.");
        }, ct, rule: OrderRule);

    /// <summary>
    /// Corrects a restraining order (kind, period, note) with a reason, if it is still as the user saw it
    /// (<paramref name="expectedVersion"/>); the values before are kept in its corrections.
    /// </summary>
    public Task<SaveResult<bool>> CorrectAsync(int orderId, Guid expectedVersion, RestrainingOrderForm form, string? reason,
        StaffMember by, Guid requestId, CancellationToken ct = default) =>
        gate.ChangeAsync<bool>(OrderKey(orderId), by, "restraining-order.correct", async scope =>
        {
            var order = await scope.Db.RestrainingOrders.Include(o => o.Breaches).Include(o => o.Corrections).SingleAsync(o => o.Id == orderId, ct);
            if (order.Corrections.Any(c => c.RequestId == requestId)) return new Change<bool>.Unchanged(true);
            if (!scope.Expect(order, expectedVersion)) return new Change<bool>.Conflict(OrderChangedMessage);
            var correction = order.Correct(form, reason, by, scope.Now, requestId);
            // The order's own row must change for its version to move on, also when only the note was corrected.
            scope.Db.Entry(order).State = EntityState.Modified;
            scope.RepeatValue = true;
            return new Change<bool>.Save(true,
                $"{order.Kind.Danish()} på sag {scope.Case.CaseNumber} rettet til {order.Describe()}. Før: {correction.Previous}. Begrundelse: {correction.Reason}");
        }, ct, rule: OrderRule, conflictMessage: OrderChangedMessage);

    /// <summary>Corrects a reported breach with a reason, if it is still as the user saw it; the values before are kept.</summary>
    public Task<SaveResult<bool>> CorrectBreachAsync(int breachId, Guid expectedVersion, BreachForm form, string? reason, StaffMember by, Guid requestId,
        CancellationToken ct = default)
    {
        var key = CaseKey.Of("overtrædelse", breachId, (db, t) => db.RestrainingOrders.Where(o => o.Breaches.Any(b => b.Id == breachId))
            .Select(o => (int?)o.CaseId).SingleOrDefaultAsync(t));
        return gate.ChangeAsync<bool>(key, by, "restraining-order.breach-correct", async scope =>
        {
            var order = await scope.Db.RestrainingOrders.Include(o => o.Breaches).Include(o => o.Corrections)
                .SingleAsync(o => o.Breaches.Any(b => b.Id == breachId), ct);
            if (order.Corrections.Any(c => c.RequestId == requestId)) return new Change<bool>.Unchanged(true);
            var breach = order.Breaches.Single(b => b.Id == breachId);
            if (!scope.Expect(breach, expectedVersion)) return new Change<bool>.Conflict(OrderChangedMessage);
            var correction = order.CorrectBreach(breachId, form, reason, by, scope.Today, scope.Now, requestId);
            scope.RepeatValue = true;
            return new Change<bool>.Save(true,
                $"Overtrædelse af {order.Kind.Definite()} på sag {scope.Case.CaseNumber} rettet til {breach.Describe()}. Før: {correction.Previous}. Begrundelse: {correction.Reason}");
        }, ct, rule: OrderRule, conflictMessage: OrderChangedMessage);
    }

    /// <summary>The case's orders with their breaches and corrections, newest period first; read inside a referral read's scope.</summary>
    internal static async Task<IReadOnlyList<RestrainingOrder>> OfCaseAsync(PortalDbContext db, int caseId, CancellationToken ct) =>
        (await db.RestrainingOrders.AsNoTracking().Include(o => o.Breaches).Include(o => o.Corrections).AsSplitQuery()
            .Where(o => o.CaseId == caseId).ToListAsync(ct))
            .OrderByDescending(o => o.From).ToList();

    private static CaseKey OrderKey(int orderId) =>
        CaseKey.Of("tilhold", orderId, (db, t) => db.RestrainingOrders.Where(o => o.Id == orderId).Select(o => (int?)o.CaseId).SingleOrDefaultAsync(t));
}
