using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Security;

namespace Portal.Features.Consultations;

public sealed record OpenConsultation(int Id, int CaseId, string CaseNumber, string CitizenName, string Question, string AskedByName, DateTimeOffset AskedAt);

/// <summary>Sparring: questions to the visitators about a case, answered into the case journal.</summary>
public sealed class ConsultationService(IDbContextFactory<PortalDbContext> dbFactory, CaseGate gate, AuditLog audit, TimeProvider time)
{
    /// <summary>Asks the visitators; anyone who may change the case and whose role may ask (the gate, as <see cref="Consultation.MayAsk(Case, StaffMember, DateTimeOffset)"/>). Asking twice with one request id saves once.</summary>
    public async Task<SaveResult<bool>> AskAsync(int caseId, StaffMember askedBy, string? question, Guid requestId, CancellationToken ct = default)
    {
        var errors = Consultation.Validate(question, "Spørgsmålet");
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
        return await gate.ChangeAsync<bool>(CaseKey.Case(caseId), askedBy, "consultation.ask", async scope =>
        {
            scope.RepeatValue = true;
            if (await scope.Db.Consultations.AnyAsync(c => c.RequestId == requestId, ct)) return new Change<bool>.Unchanged(true);
            scope.Db.Consultations.Add(Consultation.Ask(scope.Case, question, askedBy, scope.Now, requestId));
            return new Change<bool>.Save(true, $"Sparring bedt om på sag {scope.Case.CaseNumber}.");
        }, ct, CaseOperation.Change, Capability.AskConsultation);
    }

    /// <summary>
    /// The open questions on the cases the visitator may see (their own organisation's). Each question shown is audited
    /// once per page: those in <paramref name="alreadyShown"/> were audited by an earlier refresh.
    /// </summary>
    public async Task<IReadOnlyList<OpenConsultation>> OpenAsync(StaffMember visitator, IReadOnlySet<int>? alreadyShown = null, CancellationToken ct = default)
    {
        if (!visitator.May(Capability.AnswerConsultation)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Consultations.AsNoTracking()
            .Where(c => c.AnsweredAt == null)
            .OrderBy(c => c.Id)
            .Join(db.Cases.Where(CaseAccess.VisibleTo(visitator, time.GetUtcNow(), wholeOnly: true)), q => q.CaseId, c => c.Id,
                (q, c) => new OpenConsultation(q.Id, c.Id, c.CaseNumber, c.Citizen.Name, q.Question, q.AskedByName, q.AskedAt))
            .ToListAsync(ct);
        foreach (var row in rows.Where(r => alreadyShown?.Contains(r.Id) != true))
            await audit.RecordAsync(visitator.Username, "consultation.read", row.CaseId, $"Sparring {row.Id} på sag {row.CaseNumber} vist i indbakken.", ct);
        return rows;
    }

    public async Task<SaveResult<bool>> AnswerAsync(int consultationId, StaffMember visitator, string? answer, CancellationToken ct = default)
    {
        var errors = Consultation.Validate(answer, "Svaret");
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
        var key = CaseKey.Of("sparring", consultationId, (db, t) =>
            db.Consultations.Where(c => c.Id == consultationId).Select(c => (int?)c.CaseId).SingleOrDefaultAsync(t));
        return await gate.ChangeAsync<bool>(key, visitator, "consultation.answer", async scope =>
        {
            await scope.Db.Entry(scope.Case).Collection(c => c.Notes).LoadAsync(ct);
            var consultation = await scope.Db.Consultations.SingleAsync(c => c.Id == consultationId, ct);
            if (consultation.IsAnswered)
                return consultation.AnsweredById == visitator.Id
                    ? new Change<bool>.Unchanged(true)
                    : new Change<bool>.Refuse($"Sparringen er allerede besvaret af {consultation.AnsweredByName}.");
            consultation.AnswerOn(scope.Case, answer, visitator, scope.Now);
            return new Change<bool>.Save(true, $"Sparring besvaret på sag {scope.Case.CaseNumber}.");
        }, ct, CaseOperation.Change, Capability.AnswerConsultation, conflictMessage: "En anden visitator har netop besvaret sparringen.");
    }
}
