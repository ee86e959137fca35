using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Referrals;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Features.Cases;
using Portal.Security;

namespace Portal.Features.Referrals;

/// <summary>A referral as one viewer sees it: what they may do with it, and what it shares when that was asked for.</summary>
public sealed record ReferralCard(
    Referral Referral,
    string CaseNumber,
    string CitizenName,
    string Basis,
    bool IsOverdue,
    bool CanOpenCase,
    IReadOnlyList<ReferralStatus> Actions,
    IReadOnlyList<SharedSection>? Shared = null,
    RestrainingOrders? Orders = null);

public sealed record RestrainingOrders(int CaseId, IReadOnlyList<RestrainingOrder> Orders, bool CanRecord);

public sealed record CaseReferralsData(
    CaseView Case,
    IReadOnlyList<Consent> Consents,
    IReadOnlyList<ReferralCard> Referrals,
    RestrainingOrders Orders,
    bool CanSend,
    DateOnly Today);

public sealed record ReferralRow(
    int Id,
    int CaseId,
    string CaseNumber,
    string CitizenName,
    RecipientKind Recipient,
    string RecipientText,
    string Purpose,
    ReferralUrgency Urgency,
    ReferralStatus Status,
    DateTimeOffset SentAt,
    string SentByName,
    DateTimeOffset DeadlineAt,
    bool IsOverdue,
    bool CanOpenCase);

/// <summary>What the referral letter holds: the referral, its basis, and only the information it shares.</summary>
public sealed record ReferralLetter(
    string Municipality,
    int ReferralId,
    string CaseNumber,
    string RecipientText,
    ReferralUrgency Urgency,
    string Purpose,
    DateTimeOffset SentAt,
    string SentByName,
    string SentByDepartment,
    DateTimeOffset DeadlineAt,
    string Basis,
    IReadOnlyList<SharedSection> Shared,
    DateTimeOffset PrintedAt,
    string PrintedBy);

public abstract record ReferralSendResult
{
    public sealed record Sent(int ReferralId) : ReferralSendResult;
    public sealed record Invalid(FieldErrors Errors) : ReferralSendResult;
    public sealed record Refused(string Message) : ReferralSendResult;
}

/// <summary>
/// Consents, referrals and restraining orders. Every method checks access from the server's own data,
/// every change is saved with its audit entry, repeated requests are recognised by their request id,
/// and a change based on an outdated version is refused as a conflict.
/// </summary>
public sealed class ReferralService(IDbContextFactory<PortalDbContext> dbFactory, CaseGate gate, TimeProvider time, IConfiguration config, Municipality municipality)
{
    public const string NameNotShared = "Navn ikke delt";

    /// <summary>Referrals:DeadlineWorkingDays:&lt;RecipientKind&gt;, default 5 working days.</summary>
    public int DeadlineWorkingDays(RecipientKind recipient)
    {
        var days = config.GetValue($"Referrals:DeadlineWorkingDays:{recipient}", RecipientKinds.DefaultDeadlineWorkingDays);
        return days >= 1 ? days : RecipientKinds.DefaultDeadlineWorkingDays;
    }

    public DateOnly Today => DanishTime.Today(time.GetUtcNow());

    /// <summary>The deadline a referral to <paramref name="recipient"/> would get if sent now.</summary>
    public DateTimeOffset DeadlineIfSentNow(RecipientKind recipient) =>
        WorkingDays.Add(time.GetUtcNow(), DeadlineWorkingDays(recipient), DanishTime.Zone);

    public async Task<CaseReferralsData?> OpenCaseAsync(int caseId, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(CaseKey.Case(caseId), viewer, "referrals", async scope =>
        {
            var db = scope.Db;
            var c = scope.Case;
            var consents = await db.Consents.AsNoTracking().Where(x => x.CaseId == caseId).ToListAsync(ct);
            var referrals = await db.Referrals.AsNoTracking().Include(r => r.Changes).Where(r => r.CaseId == caseId).ToListAsync(ct);
            var orders = await OrdersOfAsync(db, caseId, ct);
            var work = !scope.ByEmergencyAccess;
            var cards = referrals
                .OrderByDescending(r => r.IsOverdue(scope.Now)).ThenByDescending(r => r.SentAt)
                .Select(r => Card(r, c, work, viewer, consents, scope.Now))
                .ToList();
            return new CaseReferralsData(CaseView.For(c, viewer, scope.Now, scope.ByEmergencyAccess),
                consents.OrderByDescending(x => x.GivenOn).ThenByDescending(x => x.RecordedAt).ToList(),
                cards,
                new RestrainingOrders(caseId, orders, work && ReferralAccess.MayWorkWithRestrainingOrders(true, false, viewer)),
                work && Referral.MaySend(viewer),
                scope.Today);
        }, ct, full: true);
        return result.Value;
    }

    /// <summary>Every referral the viewer may see: on the cases they may see, and for the police those sent to their district.</summary>
    public async Task<IReadOnlyList<ReferralRow>> ListAsync(StaffMember viewer, bool includeClosed, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visibleCases = db.Cases.Where(CaseAccess.VisibleTo(viewer, time.GetUtcNow(), wholeOnly: true)).Select(c => c.Id);
        var police = viewer.May(Capability.AnswerPoliceReferral);
        var district = viewer.OrganisationId;
        var referrals = db.Referrals.AsNoTracking()
            .Where(r => visibleCases.Contains(r.CaseId) || (police && r.Recipient == RecipientKind.Politi && r.RecipientOrganisationId == district));
        if (!includeClosed) referrals = referrals.Where(r => r.Status != ReferralStatus.Afsluttet);
        var rows = await referrals
            .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new { Referral = r, c.CaseNumber, CitizenName = c.Citizen.Name, CanOpen = visibleCases.Contains(c.Id) })
            .ToListAsync(ct);
        var now = time.GetUtcNow();
        return rows
            .Select(x => new ReferralRow(x.Referral.Id, x.Referral.CaseId, x.CaseNumber,
                x.CanOpen || x.Referral.Items.Contains(SharedItem.Navn) ? x.CitizenName : NameNotShared,
                x.Referral.Recipient, x.Referral.RecipientText, x.Referral.Purpose, x.Referral.Urgency, x.Referral.Status,
                x.Referral.SentAt, x.Referral.SentByName, x.Referral.DeadlineAt, x.Referral.IsOverdue(now), x.CanOpen))
            .OrderByDescending(r => r.IsOverdue)
            .ThenBy(r => r.Status == ReferralStatus.Afsluttet)
            .ThenByDescending(r => r.SentAt)
            .ToList();
    }

    /// <summary>Referrals on the cases <paramref name="owner"/> owns (contact person, else visitator) that nobody has acknowledged in time.</summary>
    public async Task<IReadOnlyList<ReferralRow>> OverdueForOwnerAsync(StaffMember owner, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var id = owner.Id;
        var owned = db.Cases.Where(CaseAccess.VisibleTo(owner, now)).Where(c => (c.ContactPersonId ?? c.VisitatorId) == id);
        var rows = await db.Referrals.AsNoTracking()
            .Where(r => r.Status == ReferralStatus.Sendt && r.DeadlineAt < now)
            .Join(owned, r => r.CaseId, c => c.Id, (r, c) => new { Referral = r, c.CaseNumber, CitizenName = c.Citizen.Name })
            .ToListAsync(ct);
        return rows
            .Select(x => new ReferralRow(x.Referral.Id, x.Referral.CaseId, x.CaseNumber, x.CitizenName, x.Referral.Recipient,
                x.Referral.RecipientText, x.Referral.Purpose, x.Referral.Urgency, x.Referral.Status, x.Referral.SentAt,
                x.Referral.SentByName, x.Referral.DeadlineAt, true, true))
            .OrderBy(r => r.DeadlineAt)
            .ToList();
    }

    /// <summary>For the police: how many referrals to their district still wait for their receipt.</summary>
    public async Task<int> WaitingForPoliceAsync(StaffMember viewer, CancellationToken ct = default)
    {
        if (!viewer.May(Capability.AnswerPoliceReferral)) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var district = viewer.OrganisationId;
        return await db.Referrals.CountAsync(r => r.Recipient == RecipientKind.Politi && r.RecipientOrganisationId == district && r.Status == ReferralStatus.Sendt, ct);
    }

    private static CaseKey ReferralKey(int referralId) =>
        CaseKey.Of("henvisning", referralId, (db, ct) => db.Referrals.Where(r => r.Id == referralId).Select(r => (int?)r.CaseId).SingleOrDefaultAsync(ct));

    /// <summary>The case's staff through the case; the police through a referral to their district, without the case.</summary>
    private static CaseRule ReferralRule(int referralId) => async (db, c, staff, now, ct) =>
    {
        var r = await db.Referrals.AsNoTracking().SingleAsync(x => x.Id == referralId, ct);
        return ReferralAccess.CanSee(r, CaseAccess.SeesWhole(c, staff, now), staff);
    };

    /// <summary>The citizen's name on a referral revealed in a list: an audited read; null when the referral does not share it.</summary>
    public async Task<string?> RevealNameAsync(int referralId, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(ReferralKey(referralId), viewer, "referral", async scope =>
        {
            var r = await scope.Db.Referrals.AsNoTracking().SingleAsync(x => x.Id == referralId, ct);
            var shown = CaseAccess.SeesWhole(scope.Case, viewer, scope.Now) || r.Items.Contains(SharedItem.Navn);
            scope.AuditAction = shown ? "referral.name.read" : "referral.name.notshared";
            scope.AuditDetails = $"Borgerens navn {(shown ? "vist" : "ikke delt")} i listen over henvisninger (henvisning {r.Id}).";
            return shown ? scope.Case.Citizen.Name : null;
        }, ct, rule: ReferralRule(referralId));
        return result.Value;
    }

    /// <summary>One referral with the information it shares; for the police also the case's restraining orders.</summary>
    public async Task<ReferralCard?> OpenAsync(int referralId, StaffMember viewer, CancellationToken ct = default)
    {
        var result = await gate.ReadAsync(ReferralKey(referralId), viewer, "referral", async scope =>
        {
            var db = scope.Db;
            var c = scope.Case;
            var r = await db.Referrals.AsNoTracking().Include(x => x.Changes).SingleAsync(x => x.Id == referralId, ct);
            var canSeeCase = CaseAccess.SeesWhole(c, viewer, scope.Now);
            var consents = await db.Consents.AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
            var ordersAllowed = ReferralAccess.MayWorkWithRestrainingOrders(canSeeCase, await ReferredToPoliceAsync(db, c.Id, viewer, ct), viewer);
            var orders = ordersAllowed ? new RestrainingOrders(c.Id, await OrdersOfAsync(db, c.Id, ct), true) : null;
            var withdrawn = IsWithdrawn(r, consents);
            // After a withdrawal the recipient no longer sees what was shared; the basis says why.
            var shared = withdrawn ? [] : await SharedOfAsync(db, c, r, ct);
            scope.AuditDetails = $"Henvisning {r.Id} til {r.Recipient.Danish()} åbnet.";
            return Card(r, c, canSeeCase, viewer, consents, scope.Now) with { Shared = shared, Orders = orders };
        }, ct, full: true, rule: ReferralRule(referralId));
        return result.Value;
    }

    public const string WithdrawnLetterMessage =
        "Borgeren har trukket samtykket tilbage, som henvisningen byggede på. Henvisningen kan derfor ikke længere udskrives.";

    /// <summary>The letter's contents as shared when sent, read inside the gate's print scope; null after a withdrawn consent.</summary>
    public async Task<ReferralLetter?> LetterForAsync(CaseScope scope, int referralId, CancellationToken ct)
    {
        var db = scope.Db;
        var c = scope.Case;
        var r = await db.Referrals.AsNoTracking().SingleAsync(x => x.Id == referralId, ct);
        var consent = r.ConsentId is { } id ? await db.Consents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct) : null;
        if (consent?.WithdrawnAt is not null) return null;
        var sender = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == r.SentById, ct);
        return new ReferralLetter(municipality.Name, r.Id, c.CaseNumber, r.RecipientText, r.Urgency, r.Purpose,
            r.SentAt, r.SentByName, sender?.Department ?? "", r.DeadlineAt, BasisText(r, consent, includeWithdrawal: false),
            await SharedOfAsync(db, c, r, ct), scope.Now, scope.Staff.Name);
    }

    public static CaseRule LetterRule(int referralId) => ReferralRule(referralId);
    public static CaseKey LetterKey(int referralId) => ReferralKey(referralId);

    public async Task<SaveResult> RecordConsentAsync(int caseId, ConsentForm form, StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        var errors = form.Validate(Today);
        if (!errors.IsValid) return new SaveResult.Invalid(errors);
        return (await gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "consent.record", async scope =>
        {
            if (await scope.Db.Consents.AnyAsync(x => x.RequestId == requestId, ct)) return new Change<bool>.Unchanged(true);
            var consent = Consent.Record(caseId, form, by, scope.Today, scope.Now, requestId);
            scope.Db.Consents.Add(consent);
            scope.RepeatValue = true;
            return new Change<bool>.Save(true,
                $"Samtykke ({consent.Method.ToString().ToLowerInvariant()}) registreret på sag {scope.Case.CaseNumber}, gælder til {Format(consent.ValidUntil)}.");
        }, ct, capability: Capability.SendReferral)).ToSaveResult();
    }

    public async Task<SaveResult> WithdrawConsentAsync(int consentId, Guid expectedVersion, StaffMember by, CancellationToken ct = default)
    {
        var key = CaseKey.Of("samtykke", consentId, (db, t) => db.Consents.Where(x => x.Id == consentId).Select(x => (int?)x.CaseId).SingleOrDefaultAsync(t));
        return (await gate.ChangeAsync<bool>(key, by, "consent.withdraw", async scope =>
        {
            var consent = await scope.Db.Consents.SingleAsync(x => x.Id == consentId, ct);
            if (consent.IsWithdrawn) return new Change<bool>.Unchanged(true);
            if (!scope.Expect(consent, expectedVersion)) return new Change<bool>.Conflict();
            consent.Withdraw(by, scope.Now);
            return new Change<bool>.Save(true, $"Samtykket fra {Format(consent.GivenOn)} er trukket tilbage på sag {scope.Case.CaseNumber}.");
        }, ct, capability: Capability.SendReferral, conflictMessage: ConsentConflictText)).ToSaveResult();
    }

    public async Task<ReferralSendResult> SendAsync(int caseId, ReferralForm form, StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        var errors = form.Validate();
        if (!errors.IsValid) return new ReferralSendResult.Invalid(errors);
        Referral? created = null;
        SaveResult<int> result;
        try
        {
            result = await gate.ChangeAsync<int>(CaseKey.Case(caseId), by, "referral.send", async scope =>
            {
                var db = scope.Db;
                if (await db.Referrals.Where(r => r.RequestId == requestId).Select(r => (int?)r.Id).SingleOrDefaultAsync(ct) is { } sent)
                    return new Change<int>.Unchanged(sent);
                var consents = await db.Consents.Where(x => x.CaseId == caseId).ToListAsync(ct);
                var (checkErrors, _) = Referral.Check(form, consents, scope.Today);
                if (!checkErrors.IsValid) return new Change<int>.Invalid(checkErrors);

                var district = form.Recipient == RecipientKind.Politi
                    ? await db.Organisations.Where(o => o.Id == scope.Case.OrganisationId).Select(o => o.PoliceDistrictId).SingleOrDefaultAsync(ct)
                    : null;
                var referral = Referral.Send(caseId, form, consents, by, scope.Now, DeadlineWorkingDays(form.Recipient!.Value), requestId, district,
                    scope.Case.OrganisationId);
                referral.KeepSharedAsSent(ReferralContent.For(referral, await SourcesAsync(db, scope.Case, referral.Items, ct)));
                db.Referrals.Add(created = referral);
                var basis = referral.ConsentId is not null ? "på samtykke" : $"på lovhjemmel: {referral.LegalBasis}";
                return new Change<int>.Save(0,
                    $"Henvisning til {referral.RecipientText} sendt fra sag {scope.Case.CaseNumber} {basis}. Delt: {string.Join(", ", referral.Items.Select(i => i.Danish()))}.");
            }, ct, capability: Capability.SendReferral, full: true);
        }
        catch (DbUpdateException)
        {
            // The same click arrived twice at once (the unique request id): the first one sent it.
            if (await RequestSeenAsync(requestId, ct) is { } first) return new ReferralSendResult.Sent(first);
            throw;
        }
        // Saved now (its id is set by the save), or already sent by this request (Unchanged carries that id).
        if (result.IsSaved) return new ReferralSendResult.Sent(created?.Id ?? result.Value);
        return result.Status == SaveStatus.Invalid
            ? new ReferralSendResult.Invalid(result.Errors)
            : new ReferralSendResult.Refused(result.Message!);
    }

    public async Task<SaveResult> MoveAsync(int referralId, Guid expectedVersion, ReferralStatus to, string? note, StaffMember by, CancellationToken ct = default)
    {
        var errors = Referral.ValidateMove(to, note);
        if (!errors.IsValid) return new SaveResult.Invalid(errors);
        var result = await gate.ChangeAsync<bool>(ReferralKey(referralId), by, "referral.status", async scope =>
        {
            var r = await scope.Db.Referrals.Include(x => x.Changes).SingleAsync(x => x.Id == referralId, ct);
            var canSeeCase = CaseAccess.SeesWhole(scope.Case, by, scope.Now);
            if (r.Status == to) return new Change<bool>.Unchanged(true);
            if (!scope.Expect(r, expectedVersion)) return new Change<bool>.Conflict(MoveConflictText(r));
            if (!ReferralStatusRules.CanMove(r.Status, to))
                return new Change<bool>.Refuse($"En henvisning kan ikke gå fra {r.Status.Danish()} til {to.Danish()}.");
            if (!ReferralAccess.MayMove(r, to, canSeeCase, by))
                return new Change<bool>.Refuse($"Du kan ikke markere henvisningen som {to.Danish().ToLowerInvariant()}.");
            var from = r.Status;
            r.MoveTo(to, by, scope.Now, note);
            return new Change<bool>.Save(true, $"Henvisning {r.Id} til {r.Recipient.Danish()}: {from.Danish()} → {to.Danish()}.");
        }, ct, rule: ReferralRule(referralId));
        if (result.Status != SaveStatus.Conflict) return result.ToSaveResult();
        await using var fresh = await dbFactory.CreateDbContextAsync(ct);
        var now = await fresh.Referrals.AsNoTracking().SingleAsync(x => x.Id == referralId, ct);
        return now.Status == to ? new SaveResult.Saved() : new SaveResult.Conflict(MoveConflictText(now));
    }

    /// <summary>Restraining orders: the case's staff, and the police of the district the case was referred to.</summary>
    private static readonly CaseRule OrderRule = async (db, c, staff, now, ct) =>
        ReferralAccess.MayWorkWithRestrainingOrders(CaseAccess.SeesWhole(c, staff, now), await ReferredToPoliceAsync(db, c.Id, staff, ct), staff);

    public async Task<SaveResult> RecordRestrainingOrderAsync(int caseId, RestrainingOrderForm form, StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        var errors = form.Validate();
        if (!errors.IsValid) return new SaveResult.Invalid(errors);
        return (await gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "restraining-order.record", async scope =>
        {
            if (await scope.Db.RestrainingOrders.AnyAsync(o => o.RequestId == requestId, ct)) return new Change<bool>.Unchanged(true);
            var order = RestrainingOrder.Record(caseId, form, by, scope.Now, requestId);
            scope.Db.RestrainingOrders.Add(order);
            scope.RepeatValue = true;
            return new Change<bool>.Save(true, $"{order.Kind.Danish()} {Format(order.From)} – {Format(order.To)} registreret på sag {scope.Case.CaseNumber}.");
        }, ct, rule: OrderRule)).ToSaveResult();
    }

    public async Task<SaveResult> ReportBreachAsync(int orderId, BreachForm form, StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        var key = CaseKey.Of("tilhold", orderId, (db, t) => db.RestrainingOrders.Where(o => o.Id == orderId).Select(o => (int?)o.CaseId).SingleOrDefaultAsync(t));
        return (await gate.ChangeAsync<bool>(key, by, "restraining-order.breach", async scope =>
        {
            var order = await scope.Db.RestrainingOrders.Include(o => o.Breaches).SingleAsync(o => o.Id == orderId, ct);
            if (order.Breaches.Any(b => b.RequestId == requestId)) return new Change<bool>.Unchanged(true);
            var errors = order.ValidateBreach(form, scope.Today);
            if (!errors.IsValid) return new Change<bool>.Invalid(errors);
            order.ReportBreach(form, by, scope.Today, scope.Now, requestId);
            scope.RepeatValue = true;
            return new Change<bool>.Save(true,
                $"Overtrædelse af {order.Kind.Definite()} den {Format(form.Date!.Value)} registreret på sag {scope.Case.CaseNumber}.");
        }, ct, rule: OrderRule)).ToSaveResult();
    }

    public const string OrderChangedMessage =
        "Tilholdet er rettet af en anden, siden du åbnede det. Intet er gemt. Genindlæs siden, se rettelsen, og ret igen.";

    /// <summary>
    /// Corrects a restraining order (kind, period, note) with a reason, if it is still as the user saw it
    /// (<paramref name="expectedVersion"/>); the values before are kept in its corrections. For those who may record orders.
    /// </summary>
    public async Task<SaveResult> CorrectRestrainingOrderAsync(int orderId, Guid expectedVersion, RestrainingOrderForm form, string? reason,
        StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        var key = CaseKey.Of("tilhold", orderId, (db, t) => db.RestrainingOrders.Where(o => o.Id == orderId).Select(o => (int?)o.CaseId).SingleOrDefaultAsync(t));
        return (await gate.ChangeAsync<bool>(key, by, "restraining-order.correct", async scope =>
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
        }, ct, rule: OrderRule, conflictMessage: OrderChangedMessage)).ToSaveResult();
    }

    /// <summary>Corrects a reported breach with a reason, if it is still as the user saw it; the values before are kept.</summary>
    public async Task<SaveResult> CorrectBreachAsync(int breachId, Guid expectedVersion, BreachForm form, string? reason, StaffMember by, Guid requestId,
        CancellationToken ct = default)
    {
        var key = CaseKey.Of("overtrædelse", breachId, (db, t) => db.RestrainingOrders.Where(o => o.Breaches.Any(b => b.Id == breachId))
            .Select(o => (int?)o.CaseId).SingleOrDefaultAsync(t));
        return (await gate.ChangeAsync<bool>(key, by, "restraining-order.breach-correct", async scope =>
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
        }, ct, rule: OrderRule, conflictMessage: OrderChangedMessage)).ToSaveResult();
    }

    /// <summary>The case was referred to the police; for a police user, to their own district.</summary>
    private static Task<bool> ReferredToPoliceAsync(PortalDbContext db, int caseId, StaffMember viewer, CancellationToken ct)
    {
        var police = db.Referrals.Where(r => r.CaseId == caseId && r.Recipient == RecipientKind.Politi);
        if (viewer.Role == Role.Politi) police = police.Where(r => r.RecipientOrganisationId == viewer.OrganisationId);
        return police.AnyAsync(ct);
    }

    private static bool IsWithdrawn(Referral r, IReadOnlyList<Consent> consents) =>
        r.ConsentId is { } id && consents.FirstOrDefault(x => x.Id == id)?.WithdrawnAt is not null;

    /// <summary>What the referral shared as it was sent; for referrals sent before that was kept, the case as it is now.</summary>
    private static async Task<IReadOnlyList<SharedSection>> SharedOfAsync(PortalDbContext db, Case c, Referral r, CancellationToken ct) =>
        r.SharedAsSent() ?? ReferralContent.For(r, await SourcesAsync(db, c, r.Items, ct));

    private async Task<int?> RequestSeenAsync(Guid requestId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Referrals.Where(r => r.RequestId == requestId).Select(r => (int?)r.Id).SingleOrDefaultAsync(ct);
    }

    private static async Task<IReadOnlyList<RestrainingOrder>> OrdersOfAsync(PortalDbContext db, int caseId, CancellationToken ct) =>
        (await db.RestrainingOrders.AsNoTracking().Include(o => o.Breaches).Include(o => o.Corrections).AsSplitQuery()
            .Where(o => o.CaseId == caseId).ToListAsync(ct))
            .OrderByDescending(o => o.From).ToList();

    private static async Task<ReferralSources> SourcesAsync(PortalDbContext db, Case c, IReadOnlyList<SharedItem> items, CancellationToken ct)
    {
        var incidents = items.Contains(SharedItem.Haendelseslog)
            ? await db.Incidents.AsNoTracking().Where(i => i.CaseId == c.Id).ToListAsync(ct)
            : [];
        var plan = items.Contains(SharedItem.Kriseplan)
            ? await db.CrisisPlanVersions.AsNoTracking().Where(v => v.CaseId == c.Id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct)
            : null;
        string? summary = null;
        if (items.Contains(SharedItem.Visitationsresume))
        {
            summary = await db.VisitationDrafts.AsNoTracking().Where(v => v.CaseId == c.Id && v.CompletedAt != null)
                .Select(v => v.Summary).FirstOrDefaultAsync(ct)
                ?? c.Notes.Where(n => n.Text.StartsWith("Stalkingvisitation", StringComparison.Ordinal))
                    .OrderByDescending(n => n.WrittenAt).Select(n => n.Text).FirstOrDefault();
        }
        return new ReferralSources(c.Citizen, c.RiskLevel, c.RiskInstrument, c.RiskAssessedAt, incidents, plan?.Content, plan?.SavedAt, summary);
    }

    private static ReferralCard Card(Referral r, Case c, bool canSeeCase, StaffMember viewer, IReadOnlyList<Consent> consents, DateTimeOffset now) =>
        new(r, c.CaseNumber,
            canSeeCase || r.Items.Contains(SharedItem.Navn) ? c.Citizen.Name : NameNotShared,
            // The recipient is told of a withdrawal too: they must stop using what was shared.
            BasisText(r, consents.FirstOrDefault(x => x.Id == r.ConsentId), includeWithdrawal: true),
            r.IsOverdue(now), canSeeCase, ReferralAccess.ActionsFor(r, canSeeCase, viewer));

    public static string BasisText(Referral r, Consent? consent, bool includeWithdrawal)
    {
        if (r.LegalBasis is { } basis) return $"Lovhjemmel: {basis}";
        if (consent is null) return "Samtykke";
        var text = $"Borgerens samtykke ({consent.Method.ToString().ToLowerInvariant()}), givet {Format(consent.GivenOn)}, gælder til {Format(consent.ValidUntil)}";
        if (includeWithdrawal && consent.WithdrawnAt is { } withdrawn)
            text += $" – trukket tilbage {Format(DanishTime.Today(withdrawn))}";
        return text;
    }

    private const string ConsentConflictText =
        "Samtykket er ændret af en anden, siden du åbnede siden. Siden er opdateret – se samtykket igen, før du går videre.";

    private static string MoveConflictText(Referral now) =>
        $"En anden har ændret henvisningen, siden du åbnede den. Den står nu som «{now.Status.Danish()}». Siden er opdateret; vælg igen, hvis det stadig er relevant.";

    private static string Format(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
