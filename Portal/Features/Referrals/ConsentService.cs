using Microsoft.EntityFrameworkCore;
using Portal.Components.Formatting;
using Portal.Domain.Calendar;
using Portal.Domain.Referrals;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using Portal.Security;

namespace Portal.Features.Referrals;

/// <summary>
/// The citizen's consents on a case, for those who may send referrals: recorded once (a repeated request by its
/// request id records nothing more) and withdrawn at any time; a withdrawal from an outdated page is a conflict.
/// </summary>
public sealed class ConsentService(CaseGate gate, TimeProvider time)
{
    public const string ConflictMessage =
        "Samtykket er ændret af en anden, siden du åbnede siden. Siden er opdateret – se samtykket igen, før du går videre.";

    public DateOnly Today => DanishTime.Today(time.GetUtcNow());

    public async Task<SaveResult<bool>> RecordAsync(int caseId, ConsentForm form, StaffMember by, Guid requestId, CancellationToken ct = default)
    {
        var errors = form.Validate(Today);
        if (!errors.IsValid) return SaveResult<bool>.Invalid(errors);
        return await gate.ChangeAsync<bool>(CaseKey.Case(caseId), by, "consent.record", async scope =>
        {
            if (await scope.Db.Consents.AnyAsync(x => x.RequestId == requestId, ct)) return new Change<bool>.Unchanged(true);
            var consent = Consent.Record(caseId, form, by, scope.Today, scope.Now, requestId);
            scope.Db.Consents.Add(consent);
            scope.RepeatValue = true;
            return new Change<bool>.Save(true,
                $"Samtykke ({consent.Method.ToString().ToLowerInvariant()}) registreret på sag {scope.Case.CaseNumber}, gælder til {DanishFormat.Date(consent.ValidUntil)}.");
        }, ct, capability: Capability.SendReferral);
    }

    public Task<SaveResult<bool>> WithdrawAsync(int consentId, Guid expectedVersion, StaffMember by, CancellationToken ct = default)
    {
        var key = CaseKey.Of("samtykke", consentId, (db, t) => db.Consents.Where(x => x.Id == consentId).Select(x => (int?)x.CaseId).SingleOrDefaultAsync(t));
        return gate.ChangeAsync<bool>(key, by, "consent.withdraw", async scope =>
        {
            var consent = await scope.Db.Consents.SingleAsync(x => x.Id == consentId, ct);
            if (consent.IsWithdrawn) return new Change<bool>.Unchanged(true);
            if (!scope.Expect(consent, expectedVersion)) return new Change<bool>.Conflict();
            consent.Withdraw(by, scope.Now);
            return new Change<bool>.Save(true, $"Samtykket fra {DanishFormat.Date(consent.GivenOn)} er trukket tilbage på sag {scope.Case.CaseNumber}.");
        }, ct, capability: Capability.SendReferral, conflictMessage: ConflictMessage);
    }
}
