using Microsoft.EntityFrameworkCore;
using Portal.Components.Formatting;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Referrals;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Security;

namespace Portal.Features.Referrals;

/// <summary>
/// Referrals: sent on a consent or a legal basis, followed until answered, printed as a letter. Every method checks
/// access from the server's own data, every change is saved with its audit entry, repeated requests are recognised by
/// their request id, and a change based on an outdated version is refused as a conflict.
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
            var orders = await RestrainingOrderService.OfCaseAsync(db, caseId, ct);
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
            var ordersAllowed = await RestrainingOrderService.OrderRule(db, c, viewer, scope.Now, ct);
            var orders = ordersAllowed ? new RestrainingOrders(c.Id, await RestrainingOrderService.OfCaseAsync(db, c.Id, ct), true) : null;
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

    /// <summary>Sends a referral; saved, its value is the referral's id.</summary>
    public async Task<SaveResult<int>> SendAsync(int caseId, ReferralForm form, StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        var errors = form.Validate();
        if (!errors.IsValid) return SaveResult<int>.Invalid(errors);
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
            if (await RequestSeenAsync(requestId, ct) is { } first) return SaveResult<int>.Saved(first);
            throw;
        }
        // Saved now (its id is set by the save), or already sent by this request (Unchanged carries that id).
        return result.IsSaved ? SaveResult<int>.Saved(created?.Id ?? result.Value) : result;
    }

    public async Task<SaveResult<bool>> MoveAsync(int referralId, Guid expectedVersion, ReferralStatus to, string? note, StaffMember by, CancellationToken ct = default)
    {
        var errors = Referral.ValidateMove(to, note);
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
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
        if (result.Status != SaveStatus.Conflict) return result;
        // Someone else moved it first: to what was asked is a repeated answer, anything else a conflict saying where it stands.
        await using var fresh = await dbFactory.CreateDbContextAsync(ct);
        var now = await fresh.Referrals.AsNoTracking().SingleAsync(x => x.Id == referralId, ct);
        return now.Status == to ? SaveResult<bool>.Saved(true) : SaveResult<bool>.Conflict(MoveConflictText(now));
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
                ?? c.Notes.Where(n => n.Kind == JournalNoteKind.VisitationSummary)
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
        var text = $"Borgerens samtykke ({consent.Method.ToString().ToLowerInvariant()}), givet {DanishFormat.Date(consent.GivenOn)}, gælder til {DanishFormat.Date(consent.ValidUntil)}";
        if (includeWithdrawal && consent.WithdrawnAt is { } withdrawn)
            text += $" – trukket tilbage {DanishFormat.Date(DanishTime.Today(withdrawn))}";
        return text;
    }

    private static string MoveConflictText(Referral now) =>
        $"En anden har ændret henvisningen, siden du åbnede den. Den står nu som «{now.Status.Danish()}». Siden er opdateret; vælg igen, hvis det stadig er relevant.";
}
