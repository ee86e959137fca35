using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Features.Visitation;
using Portal.Security;

namespace Portal.Features.Consultations;

public sealed record OpenConsultation(int Id, int CaseId, string CaseNumber, string CitizenName, string Question, string AskedByName, DateTimeOffset AskedAt);

/// <summary>Sparring: questions to the visitators about a case, answered into the case journal.</summary>
public sealed class ConsultationService(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time)
{
    public async Task<(SaveOutcome Outcome, FieldErrors Errors)> AskAsync(int caseId, StaffMember askedBy, string? question, Guid requestId, CancellationToken ct = default)
    {
        var errors = Consultation.Validate(question, "Spørgsmålet");
        if (!errors.IsValid) return (SaveOutcome.Fail(errors.All.Values.First()), errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Consultations.AnyAsync(c => c.RequestId == requestId, ct)) return (SaveOutcome.Ok, errors);
        var c = await db.Cases.Include(x => x.Shares).SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || !CaseAccess.CanSee(c, askedBy)) return (SaveOutcome.Fail("Du har ikke adgang til sagen."), errors);
        db.Consultations.Add(Consultation.Ask(c, question, askedBy, time.GetUtcNow(), requestId));
        await audit.SaveWithAuditAsync(db, askedBy.Username, "consultation.ask", caseId, $"Sparring bedt om på sag {c.CaseNumber}.", ct);
        return (SaveOutcome.Ok, errors);
    }

    public async Task<IReadOnlyList<OpenConsultation>> OpenAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Consultations.AsNoTracking()
            .Where(c => c.AnsweredAt == null)
            .OrderBy(c => c.Id)
            .Join(db.Cases, q => q.CaseId, c => c.Id, (q, c) => new OpenConsultation(q.Id, c.Id, c.CaseNumber, c.Citizen.Name, q.Question, q.AskedByName, q.AskedAt))
            .ToListAsync(ct);
    }

    public async Task<SaveOutcome> AnswerAsync(int consultationId, StaffMember visitator, string? answer, CancellationToken ct = default)
    {
        var errors = Consultation.Validate(answer, "Svaret");
        if (!errors.IsValid) return SaveOutcome.Fail(errors.All.Values.First());
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Id == consultationId, ct);
        if (consultation is null) return SaveOutcome.Fail("Sparringen findes ikke.");
        if (consultation.IsAnswered) return consultation.AnsweredById == visitator.Id ? SaveOutcome.Ok : SaveOutcome.Fail($"Sparringen er allerede besvaret af {consultation.AnsweredByName}.");
        var c = await db.Cases.Include(x => x.Notes).SingleAsync(x => x.Id == consultation.CaseId, ct);
        try
        {
            consultation.AnswerOn(c, answer, visitator, time.GetUtcNow());
            await audit.SaveWithAuditAsync(db, visitator.Username, "consultation.answer", c.Id, $"Sparring besvaret på sag {c.CaseNumber}.", ct);
            return SaveOutcome.Ok;
        }
        catch (DomainRuleException e)
        {
            return SaveOutcome.Fail(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Fail("En anden visitator har netop besvaret sparringen.");
        }
    }
}
