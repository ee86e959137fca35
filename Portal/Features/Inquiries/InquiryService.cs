using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.Inquiries;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Features.Cases;
using Portal.Security;

namespace Portal.Features.Inquiries;

public sealed record InboxItem(
    int Id, InquirySource Source, bool IsAcute, DateTimeOffset ReceivedAt, DateTimeOffset Deadline, bool IsOverdue,
    string CitizenName, InquiryKind Kind, EntryChannel EntryChannel, CallerKind CallerKind, string? CallerName,
    string? CallerOrganisation, string Description, bool? CitizenKnows, string RegisteredByName, IReadOnlyList<IntakeCandidate> Candidates)
{
    /// <summary>The citizen's last case closed under 12 months before the inquiry came in: a repeat (gentagen henvendelse).</summary>
    public IntakeCandidate? RepeatOf => Candidates.Where(c => c.IsRepeat).MaxBy(c => c.ClosedAt);
}

/// <summary>An earlier case that may be the same citizen: what the visitator needs to decide, not the name.</summary>
public sealed record IntakeCandidate(int CaseId, string CaseNumber, string Initials, CaseStatus Status, DateTimeOffset LastActivity,
    DateTimeOffset? ClosedAt, Portal.Domain.Risk.RiskLevel? RiskLevel, bool HasCrisisPlan, MatchReason Reason, bool IsRepeat);

/// <summary>What a front-line professional sees of a concern they sent: never the case contents.</summary>
public sealed record ConcernReceipt(int Id, string CitizenName, DateTimeOffset SentAt, string? TakenByName, DateTimeOffset? TakenAt, string Outcome);

/// <summary>The one entry point: inquiries and concerns in, taken by a visitator onto a case.</summary>
public sealed class InquiryService(IDbContextFactory<PortalDbContext> dbFactory, CaseGate gate, AuditLog audit, TimeProvider time, IConfiguration config)
{
    private const string TakenByOtherMessage = "En anden visitator har netop taget henvendelsen.";

    public int ResponseLimitWorkingDays => config.GetValue("Inbox:ResponseLimitWorkingDays", 1);

    /// <summary>Registers an inquiry; the saved value is its id (the same id again for a repeated request).</summary>
    public async Task<SaveResult<int>> RegisterAsync(InquiryForm form, StaffMember staff, Guid requestId, CancellationToken ct = default)
    {
        var errors = form.Validate();
        if (!errors.IsValid) return SaveResult<int>.Invalid(errors);
        if (!staff.May(Capability.RegisterInquiry)) return SaveResult<int>.Refused("Du kan ikke registrere henvendelser.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Inquiries.SingleOrDefaultAsync(i => i.RequestId == requestId, ct) is { } existing) return SaveResult<int>.Saved(existing.Id);
        var inquiry = Inquiry.Register(form, staff, time.GetUtcNow(), requestId);
        db.Inquiries.Add(inquiry);
        await audit.SaveWithAuditAsync(db, staff.Username, "inquiry.register", null,
            inquiry.IsAcute ? "Akut henvendelse registreret." : "Henvendelse registreret.", ct);
        return SaveResult<int>.Saved(inquiry.Id);
    }

    /// <summary>Sends a concern; the saved value is its id (the same id again for a repeated request).</summary>
    public async Task<SaveResult<int>> ReportConcernAsync(ConcernForm form, StaffMember sender, Guid requestId, CancellationToken ct = default)
    {
        var errors = form.Validate();
        if (!errors.IsValid) return SaveResult<int>.Invalid(errors);
        if (!sender.May(Capability.ReportConcern)) return SaveResult<int>.Refused("Kun fagpersoner sender bekymringer her.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Inquiries.SingleOrDefaultAsync(i => i.RequestId == requestId, ct) is { } existing) return SaveResult<int>.Saved(existing.Id);
        var concern = Inquiry.Report(form, sender, time.GetUtcNow(), requestId);
        db.Inquiries.Add(concern);
        await audit.SaveWithAuditAsync(db, sender.Username, "concern.report", null, "Bekymring sendt.", ct);
        return SaveResult<int>.Saved(concern.Id);
    }

    public async Task<IReadOnlyList<ConcernReceipt>> MyConcernsAsync(StaffMember sender, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Inquiries.AsNoTracking()
            .Where(i => i.Source == InquirySource.Bekymring && i.RegisteredById == sender.Id)
            .OrderByDescending(i => i.ReceivedAt)
            .Select(i => new
            {
                i.Id, i.CitizenName, i.ReceivedAt, i.TakenByName, i.TakenAt,
                Status = db.Cases.Where(c => c.Id == i.CaseId).Select(c => (CaseStatus?)c.Status).FirstOrDefault(),
                HadCourse = db.CaseEvents.Any(e => e.CaseId == i.CaseId && e.Kind == CaseEventKind.StatusChanged && e.ToStatus == CaseStatus.IForloeb),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ConcernReceipt(r.Id, r.CitizenName, r.ReceivedAt, r.TakenByName, r.TakenAt, Outcome(r.TakenAt, r.Status, r.HadCourse))).ToList();
    }

    private static string Outcome(DateTimeOffset? takenAt, CaseStatus? status, bool hadCourse) =>
        takenAt is null ? "Venter på at blive taget af en stalkingvisitator"
        : hadCourse || status == CaseStatus.IForloeb ? "Ja, det har ført til et forløb"
        : status == CaseStatus.Afsluttet ? "Nej, det førte ikke til et forløb"
        : "Under vurdering";

    /// <summary>
    /// The untaken inquiries of the visitator's own organisation, acute first. Each item shown is audited once per page:
    /// those in <paramref name="alreadyShown"/> were audited by an earlier refresh.
    /// </summary>
    public async Task<IReadOnlyList<InboxItem>> InboxAsync(StaffMember visitator, IReadOnlySet<int>? alreadyShown = null, CancellationToken ct = default)
    {
        if (!visitator.May(Capability.TakeInquiry)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = visitator.OrganisationId;
        var open = await db.Inquiries.AsNoTracking().Where(i => i.TakenAt == null && i.OrganisationId == organisation).ToListAsync(ct);
        var candidates = await CandidatesAsync(db, visitator, open, ct);
        var now = time.GetUtcNow();
        var limit = ResponseLimitWorkingDays;
        var items = open
            .Select(i => new InboxItem(i.Id, i.Source, i.IsAcute, i.ReceivedAt, i.ResponseDeadline(limit, DanishTime.Zone),
                i.IsOverdue(now, limit, DanishTime.Zone), i.CitizenName, i.Kind, i.EntryChannel, i.CallerKind, i.CallerName,
                i.CallerOrganisation, i.Description, i.CitizenKnows, i.RegisteredByName, candidates(i)))
            .OrderByDescending(i => i.IsAcute)
            .ThenBy(i => i.ReceivedAt)
            .ToList();
        var fresh = items.Where(i => alreadyShown?.Contains(i.Id) != true).Select(i => i.Id).ToList();
        if (fresh.Count > 0)
            await audit.RecordAsync(visitator.Username, "inquiry.read", null, $"Indbakken vist med henvendelse {string.Join(", ", fresh)}.", ct);
        return items;
    }

    /// <summary>
    /// The earlier cases (open or closed) the visitator may see that could be the same citizen as each inquiry. The
    /// database narrows by CPR, birth date and phone; <see cref="CitizenMatching"/> decides.
    /// </summary>
    private async Task<Func<Inquiry, IReadOnlyList<IntakeCandidate>>> CandidatesAsync(PortalDbContext db, StaffMember visitator,
        IReadOnlyList<Inquiry> inquiries, CancellationToken ct)
    {
        var probes = inquiries.ToDictionary(i => i.Id, ProbeOf);
        var cprs = probes.Values.Select(p => p.Cpr).OfType<string>().Distinct().ToList();
        var born = probes.Values.Select(p => p.KnownBirthDate).OfType<DateOnly>().Distinct().ToList();
        var prefixes = born.Select(d => d.ToString("ddMMyy", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var phones = probes.Values.Select(p => p.Phone).OfType<string>().Distinct().ToList();
        if (cprs.Count + born.Count + phones.Count == 0) return _ => [];
        var rows = await db.Cases.AsNoTracking()
            .Where(CaseAccess.VisibleTo(visitator, time.GetUtcNow(), wholeOnly: true))
            .Where(c => (c.Citizen.Cpr != null && (cprs.Contains(c.Citizen.Cpr) || prefixes.Contains(c.Citizen.Cpr.Substring(0, 6))))
                        || (c.Citizen.BirthDate != null && born.Contains(c.Citizen.BirthDate.Value))
                        || (c.Citizen.Phone != null && phones.Contains(c.Citizen.Phone)))
            .Select(c => new
            {
                c.Id, c.CaseNumber, c.Status, c.OpenedAt, c.ClosedAt, c.RiskLevel, c.Citizen.Name, c.Citizen.Cpr, c.Citizen.BirthDate, c.Citizen.Phone,
                LastEvent = c.Events.Max(e => (DateTimeOffset?)e.At),
                HasPlan = db.CrisisPlanVersions.Any(v => v.CaseId == c.Id),
            })
            .ToListAsync(ct);
        return inquiry => rows
            .Select(r => (Row: r, Reason: CitizenMatching.Match(probes[inquiry.Id], new CitizenProbe(r.Name, r.Cpr, r.BirthDate, r.Phone))))
            .Where(x => x.Reason is not null)
            .Select(x => new IntakeCandidate(x.Row.Id, x.Row.CaseNumber, NameMasking.Initials(x.Row.Name), x.Row.Status,
                x.Row.LastEvent ?? x.Row.OpenedAt, x.Row.ClosedAt, x.Row.RiskLevel, x.Row.HasPlan, x.Reason!.Value,
                RepeatRule.IsRepeat(x.Row.ClosedAt, inquiry.ReceivedAt)))
            .OrderBy(c => c.Reason).ThenByDescending(c => c.LastActivity)
            .ToList();
    }

    private static CitizenProbe ProbeOf(Inquiry i) => new(i.CitizenName, i.CitizenCpr, i.CitizenBirthDate, i.CitizenPhone);

    /// <summary>A citizen's name revealed in the inbox: audited as a read of that inquiry, still waiting in the visitator's organisation.</summary>
    public async Task<bool> RevealNameAsync(StaffMember visitator, InboxItem item, CancellationToken ct = default)
    {
        if (!visitator.May(Capability.TakeInquiry)) return false;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var waiting = await db.Inquiries.AnyAsync(i => i.Id == item.Id && i.OrganisationId == visitator.OrganisationId && i.TakenAt == null, ct);
        await audit.RecordAsync(visitator.Username, waiting ? "inquiry.name.read" : "inquiry.denied", null,
            waiting ? $"Borgerens navn vist i indbakken (henvendelse {item.Id})." : $"Afvist: navn på henvendelse {item.Id}, der ikke venter i indbakken.", ct);
        return waiting;
    }

    /// <summary>How many inquiries wait in the visitator's inbox (acute, overdue): figures only, no citizen, so no audited read.</summary>
    public async Task<(int Open, int Acute, int Overdue)> InboxCountsAsync(StaffMember visitator, CancellationToken ct = default)
    {
        if (!visitator.May(Capability.TakeInquiry)) return (0, 0, 0);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = await db.Inquiries.AsNoTracking().Where(i => i.TakenAt == null && i.OrganisationId == visitator.OrganisationId).ToListAsync(ct);
        var now = time.GetUtcNow();
        return (open.Count, open.Count(i => i.IsAcute), open.Count(i => i.IsOverdue(now, ResponseLimitWorkingDays, DanishTime.Zone)));
    }

    /// <summary>
    /// Takes an inquiry: links it to the case with <paramref name="linkToCaseNumber"/> (through the case gate: a case the
    /// visitator may work on), or opens a new case for the citizen. Taking twice (a double click, or two visitators at
    /// once) gives one owner. The saved value is the case's id.
    /// </summary>
    public async Task<SaveResult<int>> TakeAsync(int inquiryId, StaffMember visitator, string? linkToCaseNumber, CancellationToken ct = default)
    {
        // Linking goes through the case gate, which checks the capability and audits a refusal with the case id.
        if (!string.IsNullOrWhiteSpace(linkToCaseNumber)) return await TakeOntoCaseAsync(inquiryId, visitator, linkToCaseNumber.Trim(), ct);
        if (!visitator.May(Capability.TakeInquiry))
        {
            await audit.RecordAsync(visitator.Username, "inquiry.denied", null, $"Afvist: henvendelse {inquiryId} forsøgt taget uden rollen visitator.", ct);
            return SaveResult<int>.Refused("Kun en stalkingvisitator kan tage en henvendelse.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var inquiry = await db.Inquiries.SingleOrDefaultAsync(i => i.Id == inquiryId && i.OrganisationId == visitator.OrganisationId, ct);
        if (inquiry is null) return SaveResult<int>.Refused("Henvendelsen findes ikke.");
        if (inquiry.IsTaken) return AlreadyTaken(inquiry, visitator);

        var now = time.GetUtcNow();
        var me = await db.Staff.SingleAsync(s => s.Id == visitator.Id, ct);
        var citizen = new Citizen(inquiry.CitizenDetails());
        citizen.RecordBirthDate(inquiry.CitizenBirthDate);
        var @case = Case.Open(await CaseNumbers.NextAsync(db, now, ct), citizen, inquiry.Kind.ToCaseKind(), inquiry.EntryChannel, me, now);
        @case.AssignVisitator(me, me, now);
        // What the inbox offered is looked up again here, so the record says what the visitator chose against.
        var candidates = (await CandidatesAsync(db, visitator, [inquiry], ct))(inquiry);
        var repeatOf = candidates.Where(c => c.IsRepeat).MaxBy(c => c.ClosedAt) is { } r
            ? await db.Cases.AsNoTracking().SingleAsync(c => c.Id == r.CaseId, ct) : null;
        @case.RecordIntakeCheck(candidates.Select(c => $"{c.CaseNumber} ({c.Reason.Danish()})").ToList(), repeatOf, me, now);
        db.Cases.Add(@case);
        inquiry.Take(me, @case, now);
        AddDescriptionNote(inquiry, @case, me, now);
        try
        {
            await audit.SaveWithAuditAsync(db, visitator.Username, "inquiry.take", null,
                $"Henvendelse {inquiry.Id} taget på ny sag {@case.CaseNumber}." +
                (candidates.Count > 0 ? $" Mulig samme borger på {string.Join(", ", candidates.Select(c => c.CaseNumber))}; ny sag oprettet bevidst." : ""), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult<int>.Conflict(TakenByOtherMessage);
        }
        await audit.RecordAsync(visitator.Username, "case.open", @case.Id, $"Sag {@case.CaseNumber} oprettet fra henvendelse {inquiry.Id}.", ct);
        return SaveResult<int>.Saved(@case.Id);
    }

    private async Task<SaveResult<int>> TakeOntoCaseAsync(int inquiryId, StaffMember visitator, string caseNumber, CancellationToken ct)
    {
        var result = await gate.ChangeAsync<int>(CaseKey.Number(caseNumber), visitator, "inquiry.take", async scope =>
        {
            var inquiry = await scope.Db.Inquiries.SingleOrDefaultAsync(i => i.Id == inquiryId && i.OrganisationId == visitator.OrganisationId, ct);
            if (inquiry is null) return new Change<int>.Refuse("Henvendelsen findes ikke.");
            if (inquiry.IsTaken)
                return AlreadyTakenBy(inquiry, visitator) is { } mine ? new Change<int>.Unchanged(mine) : new Change<int>.Refuse(TakenMessage(inquiry));
            await scope.Db.Entry(scope.Case).Collection(c => c.Notes).LoadAsync(ct);
            var me = await scope.Db.Staff.SingleAsync(s => s.Id == visitator.Id, ct);
            inquiry.Take(me, scope.Case, scope.Now);
            AddDescriptionNote(inquiry, scope.Case, me, scope.Now);
            return new Change<int>.Save(scope.Case.Id, $"Henvendelse {inquiry.Id} taget på sag {scope.Case.CaseNumber}.");
        }, ct, CaseOperation.Change, Capability.TakeInquiry, conflictMessage: TakenByOtherMessage);
        return result.Message == CaseGate.NoAccessMessage
            ? SaveResult<int>.Refused($"Der findes ingen sag med nummeret {caseNumber}, som du kan knytte henvendelsen til.")
            : result;
    }

    private static SaveResult<int> AlreadyTaken(Inquiry inquiry, StaffMember visitator) =>
        AlreadyTakenBy(inquiry, visitator) is { } mine ? SaveResult<int>.Saved(mine) : SaveResult<int>.Refused(TakenMessage(inquiry));

    /// <summary>The case, when the visitator took it themselves (a double click); null when someone else did.</summary>
    private static int? AlreadyTakenBy(Inquiry inquiry, StaffMember visitator) =>
        inquiry.TakenById == visitator.Id ? inquiry.CaseId : null;

    private static string TakenMessage(Inquiry inquiry) => $"Henvendelsen er allerede taget af {inquiry.TakenByName}.";

    private static void AddDescriptionNote(Inquiry inquiry, Case @case, StaffMember me, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(inquiry.Description)) return;
        var from = inquiry.Source == InquirySource.Bekymring ? $"Bekymring fra {inquiry.CallerName} ({inquiry.CallerOrganisation})" : "Henvendelse";
        @case.AddJournalNote($"{from} modtaget {Portal.Components.Formatting.DanishFormat.DateTime(inquiry.ReceivedAt)}:\n{inquiry.Description}", me, now, inquiry.RequestId);
    }
}
