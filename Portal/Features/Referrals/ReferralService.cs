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
public sealed class ReferralService(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time, IConfiguration config)
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
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await CaseLoading.LoadAsync(db, caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, viewer))
        {
            await audit.RecordAsync(viewer.Username, "referrals.denied", c?.Id, "Forsøg på at åbne henvisninger uden adgang.", ct);
            return null;
        }
        var now = time.GetUtcNow();
        var consents = await db.Consents.AsNoTracking().Where(x => x.CaseId == caseId).ToListAsync(ct);
        var referrals = await db.Referrals.AsNoTracking().Include(r => r.Changes).Where(r => r.CaseId == caseId).ToListAsync(ct);
        var orders = await OrdersOfAsync(db, caseId, ct);
        await audit.RecordAsync(viewer.Username, "referrals.read", caseId, $"Henvisninger og samtykker på sag {c.CaseNumber} åbnet.", ct);
        var cards = referrals
            .OrderByDescending(r => r.IsOverdue(now)).ThenByDescending(r => r.SentAt)
            .Select(r => Card(r, c, true, viewer, consents, now))
            .ToList();
        return new CaseReferralsData(CaseView.For(c, viewer),
            consents.OrderByDescending(x => x.GivenOn).ThenByDescending(x => x.RecordedAt).ToList(),
            cards,
            new RestrainingOrders(caseId, orders, ReferralAccess.MayWorkWithRestrainingOrders(true, false, viewer)),
            Referral.MaySend(viewer),
            DanishTime.Today(now));
    }

    /// <summary>Every referral the viewer may see: on the cases they may see, and for the police those sent to the police.</summary>
    public async Task<IReadOnlyList<ReferralRow>> ListAsync(StaffMember viewer, bool includeClosed, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visibleCases = db.Cases.Where(CaseAccess.VisibleTo(viewer)).Select(c => c.Id);
        var police = viewer.IsActive && viewer.Role == Role.Politi;
        var referrals = db.Referrals.AsNoTracking()
            .Where(r => visibleCases.Contains(r.CaseId) || (police && r.Recipient == RecipientKind.Politi));
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
        var owned = db.Cases.Where(CaseAccess.VisibleTo(owner)).Where(c => (c.ContactPersonId ?? c.VisitatorId) == id);
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

    /// <summary>For the police: how many police referrals still wait for their receipt.</summary>
    public async Task<int> WaitingForPoliceAsync(StaffMember viewer, CancellationToken ct = default)
    {
        if (!viewer.IsActive || viewer.Role != Role.Politi) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Referrals.CountAsync(r => r.Recipient == RecipientKind.Politi && r.Status == ReferralStatus.Sendt, ct);
    }

    /// <summary>One referral with the information it shares; for the police also the case's restraining orders.</summary>
    public async Task<ReferralCard?> OpenAsync(int referralId, StaffMember viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var r = await db.Referrals.AsNoTracking().Include(x => x.Changes).SingleOrDefaultAsync(x => x.Id == referralId, ct);
        var c = r is null ? null : await CaseLoading.LoadAsync(db, r.CaseId, ct);
        var canSeeCase = c is not null && CaseAccess.CanSee(c, viewer);
        if (r is null || c is null || !ReferralAccess.CanSee(r, canSeeCase, viewer))
        {
            await audit.RecordAsync(viewer.Username, "referral.denied", c?.Id, "Forsøg på at åbne en henvisning uden adgang.", ct);
            return null;
        }
        var consents = await db.Consents.AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        var referredToPolice = await db.Referrals.AnyAsync(x => x.CaseId == c.Id && x.Recipient == RecipientKind.Politi, ct);
        var ordersAllowed = ReferralAccess.MayWorkWithRestrainingOrders(canSeeCase, referredToPolice, viewer);
        var orders = ordersAllowed ? new RestrainingOrders(c.Id, await OrdersOfAsync(db, c.Id, ct), true) : null;
        var shared = ReferralContent.For(r, await SourcesAsync(db, c, r.Items, ct));
        await audit.RecordAsync(viewer.Username, "referral.read", c.Id, $"Henvisning {r.Id} til {r.Recipient.Danish()} åbnet.", ct);
        return Card(r, c, canSeeCase, viewer, consents, time.GetUtcNow()) with { Shared = shared, Orders = orders };
    }

    /// <summary>The letter's contents, or null without access. The caller audits the print.</summary>
    public async Task<ReferralLetter?> LetterAsync(int referralId, StaffMember viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var r = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(x => x.Id == referralId, ct);
        var c = r is null ? null : await CaseLoading.LoadAsync(db, r.CaseId, ct);
        if (r is null || c is null || !ReferralAccess.CanSee(r, CaseAccess.CanSee(c, viewer), viewer)) return null;
        var consent = r.ConsentId is { } id ? await db.Consents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct) : null;
        var sender = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == r.SentById, ct);
        return new ReferralLetter(config["Municipality:Name"] ?? "Esbjerg Kommune", r.Id, c.CaseNumber, r.RecipientText, r.Urgency, r.Purpose,
            r.SentAt, r.SentByName, sender?.Department ?? "", r.DeadlineAt, BasisText(r, consent, includeWithdrawal: false),
            ReferralContent.For(r, await SourcesAsync(db, c, r.Items, ct)), time.GetUtcNow(), viewer.Name);
    }

    public async Task<SaveResult> RecordConsentAsync(int caseId, ConsentForm form, StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        var today = Today;
        var errors = form.Validate(today);
        if (!errors.IsValid) return new SaveResult.Invalid(errors);
        if (!Referral.MaySend(by)) return new SaveResult.Refused("Samtykker registreres af visitatorer, kontaktpersoner og rådgivere.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.Include(x => x.Shares).SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, by)) return new SaveResult.Refused("Du har ikke adgang til sagen.");
        if (await db.Consents.AnyAsync(x => x.RequestId == requestId, ct)) return new SaveResult.Saved();
        var consent = Consent.Record(caseId, form, by, today, time.GetUtcNow(), requestId);
        db.Consents.Add(consent);
        return await SaveOnceAsync(db, by, "consent.record", caseId,
            $"Samtykke ({consent.Method.ToString().ToLowerInvariant()}) registreret på sag {c.CaseNumber}, gælder til {Format(consent.ValidUntil)}.", ct);
    }

    public async Task<SaveResult> WithdrawConsentAsync(int consentId, Guid expectedVersion, StaffMember by, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var consent = await db.Consents.SingleOrDefaultAsync(x => x.Id == consentId, ct);
        var c = consent is null ? null : await db.Cases.Include(x => x.Shares).SingleOrDefaultAsync(x => x.Id == consent.CaseId, ct);
        if (consent is null || c is null || !CaseAccess.CanSee(c, by) || !Referral.MaySend(by))
            return new SaveResult.Refused("Du kan ikke trække dette samtykke tilbage.");
        if (consent.IsWithdrawn) return new SaveResult.Saved();
        if (consent.Version != expectedVersion) return ConsentConflict();
        db.Entry(consent).Property(x => x.Version).OriginalValue = expectedVersion;
        consent.Withdraw(by, time.GetUtcNow());
        try
        {
            await audit.SaveWithAuditAsync(db, by.Username, "consent.withdraw", c.Id, $"Samtykket fra {Format(consent.GivenOn)} er trukket tilbage på sag {c.CaseNumber}.", ct);
            return new SaveResult.Saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            return ConsentConflict();
        }
    }

    public async Task<ReferralSendResult> SendAsync(int caseId, ReferralForm form, StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        var errors = form.Validate();
        if (!errors.IsValid) return new ReferralSendResult.Invalid(errors);
        if (!Referral.MaySend(by)) return new ReferralSendResult.Refused("Henvisninger sendes af visitatorer, kontaktpersoner og rådgivere.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.Include(x => x.Shares).SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, by)) return new ReferralSendResult.Refused("Du har ikke adgang til sagen.");
        if (await db.Referrals.Where(r => r.RequestId == requestId).Select(r => (int?)r.Id).SingleOrDefaultAsync(ct) is { } sent)
            return new ReferralSendResult.Sent(sent);

        var now = time.GetUtcNow();
        var consents = await db.Consents.Where(x => x.CaseId == caseId).ToListAsync(ct);
        var (checkErrors, _) = Referral.Check(form, consents, DanishTime.Today(now));
        if (!checkErrors.IsValid) return new ReferralSendResult.Invalid(checkErrors);

        var referral = Referral.Send(caseId, form, consents, by, now, DeadlineWorkingDays(form.Recipient!.Value), requestId);
        db.Referrals.Add(referral);
        var basis = referral.ConsentId is not null ? "på samtykke" : $"på lovhjemmel: {referral.LegalBasis}";
        try
        {
            await audit.SaveWithAuditAsync(db, by.Username, "referral.send", caseId,
                $"Henvisning til {referral.RecipientText} sendt fra sag {c.CaseNumber} {basis}. Delt: {string.Join(", ", referral.Items.Select(i => i.Danish()))}.", ct);
            return new ReferralSendResult.Sent(referral.Id);
        }
        catch (DbUpdateException)
        {
            // The same click arrived twice at once: the first one sent it.
            if (await RequestSeenAsync(requestId, ct) is { } id) return new ReferralSendResult.Sent(id);
            throw;
        }
    }

    public async Task<SaveResult> MoveAsync(int referralId, Guid expectedVersion, ReferralStatus to, string? note, StaffMember by, CancellationToken ct = default)
    {
        var errors = Referral.ValidateMove(to, note);
        if (!errors.IsValid) return new SaveResult.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var r = await db.Referrals.Include(x => x.Changes).SingleOrDefaultAsync(x => x.Id == referralId, ct);
        var c = r is null ? null : await db.Cases.Include(x => x.Shares).AsNoTracking().SingleOrDefaultAsync(x => x.Id == r.CaseId, ct);
        var canSeeCase = c is not null && CaseAccess.CanSee(c, by);
        if (r is null || c is null || !ReferralAccess.CanSee(r, canSeeCase, by)) return new SaveResult.Refused("Du har ikke adgang til henvisningen.");
        if (r.Status == to) return new SaveResult.Saved();
        if (r.Version != expectedVersion) return MoveConflict(r);
        if (!ReferralStatusRules.CanMove(r.Status, to))
            return new SaveResult.Refused($"En henvisning kan ikke gå fra {r.Status.Danish()} til {to.Danish()}.");
        if (!ReferralAccess.MayMove(r, to, canSeeCase, by))
            return new SaveResult.Refused($"Du kan ikke markere henvisningen som {to.Danish().ToLowerInvariant()}.");

        db.Entry(r).Property(x => x.Version).OriginalValue = expectedVersion;
        var from = r.Status;
        r.MoveTo(to, by, time.GetUtcNow(), note);
        try
        {
            await audit.SaveWithAuditAsync(db, by.Username, "referral.status", c.Id,
                $"Henvisning {r.Id} til {r.Recipient.Danish()}: {from.Danish()} → {to.Danish()}.", ct);
            return new SaveResult.Saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            var now = await fresh.Referrals.AsNoTracking().SingleAsync(x => x.Id == referralId, ct);
            return now.Status == to ? new SaveResult.Saved() : MoveConflict(now);
        }
    }

    public async Task<SaveResult> RecordRestrainingOrderAsync(int caseId, RestrainingOrderForm form, StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        var errors = form.Validate();
        if (!errors.IsValid) return new SaveResult.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (c, allowed) = await OrderAccessAsync(db, caseId, by, ct);
        if (c is null || !allowed) return new SaveResult.Refused("Du kan ikke registrere tilhold på denne sag.");
        if (await db.RestrainingOrders.AnyAsync(o => o.RequestId == requestId, ct)) return new SaveResult.Saved();
        var order = RestrainingOrder.Record(caseId, form, by, time.GetUtcNow(), requestId);
        db.RestrainingOrders.Add(order);
        return await SaveOnceAsync(db, by, "restraining-order.record", caseId,
            $"{order.Kind.Danish()} {Format(order.From)} – {Format(order.To)} registreret på sag {c.CaseNumber}.", ct);
    }

    public async Task<SaveResult> ReportBreachAsync(int orderId, BreachForm form, StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await db.RestrainingOrders.Include(o => o.Breaches).SingleOrDefaultAsync(o => o.Id == orderId, ct);
        var (c, allowed) = order is null ? (null, false) : await OrderAccessAsync(db, order.CaseId, by, ct);
        if (order is null || c is null || !allowed) return new SaveResult.Refused("Du kan ikke registrere overtrædelser på denne sag.");
        if (order.Breaches.Any(b => b.RequestId == requestId)) return new SaveResult.Saved();
        var today = Today;
        var errors = order.ValidateBreach(form, today);
        if (!errors.IsValid) return new SaveResult.Invalid(errors);
        order.ReportBreach(form, by, today, time.GetUtcNow(), requestId);
        return await SaveOnceAsync(db, by, "restraining-order.breach", c.Id,
            $"Overtrædelse af {order.Kind.Definite()} den {Format(form.Date!.Value)} registreret på sag {c.CaseNumber}.", ct);
    }

    private async Task<(Case? Case, bool Allowed)> OrderAccessAsync(PortalDbContext db, int caseId, StaffMember by, CancellationToken ct)
    {
        var c = await db.Cases.Include(x => x.Shares).AsNoTracking().SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return (null, false);
        var referredToPolice = await db.Referrals.AnyAsync(r => r.CaseId == caseId && r.Recipient == RecipientKind.Politi, ct);
        return (c, ReferralAccess.MayWorkWithRestrainingOrders(CaseAccess.CanSee(c, by), referredToPolice, by));
    }

    private async Task<SaveResult> SaveOnceAsync(PortalDbContext db, StaffMember by, string action, int caseId, string details, CancellationToken ct)
    {
        try
        {
            await audit.SaveWithAuditAsync(db, by.Username, action, caseId, details, ct);
        }
        catch (DbUpdateException e) when (e.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true)
        {
            // The same request arrived twice at once: the first one saved it.
        }
        return new SaveResult.Saved();
    }

    private async Task<int?> RequestSeenAsync(Guid requestId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Referrals.Where(r => r.RequestId == requestId).Select(r => (int?)r.Id).SingleOrDefaultAsync(ct);
    }

    private static async Task<IReadOnlyList<RestrainingOrder>> OrdersOfAsync(PortalDbContext db, int caseId, CancellationToken ct) =>
        (await db.RestrainingOrders.AsNoTracking().Include(o => o.Breaches).Where(o => o.CaseId == caseId).ToListAsync(ct))
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
            BasisText(r, consents.FirstOrDefault(x => x.Id == r.ConsentId), includeWithdrawal: canSeeCase),
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

    private static SaveResult ConsentConflict() => new SaveResult.Conflict(
        "Samtykket er ændret af en anden, siden du åbnede siden. Siden er opdateret – se samtykket igen, før du går videre.");

    private static SaveResult MoveConflict(Referral now) => new SaveResult.Conflict(
        $"En anden har ændret henvisningen, siden du åbnede den. Den står nu som «{now.Status.Danish()}». Siden er opdateret; vælg igen, hvis det stadig er relevant.");

    private static string Format(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
