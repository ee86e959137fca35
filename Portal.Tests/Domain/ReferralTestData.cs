using Portal.Domain.Referrals;
using Portal.Domain.Staff;

namespace Portal.Tests.Domain;

internal static class ReferralTestData
{
    public const int CaseId = 1;
    public static readonly StaffMember Sofie = TestData.Staff(2, Role.Kontaktperson, "Sofie");
    public const int District = 2;
    public static readonly StaffMember Police = new Func<StaffMember>(() => { var p = TestData.Staff(9, Role.Politi, "Jens"); p.OrganisationId = District; return p; })();
    public static readonly DateOnly Today = new(2026, 11, 24);

    public static Consent Consent(RecipientKind[] recipients, SharedItem[] items, DateOnly? given = null, DateOnly? until = null, int caseId = CaseId)
    {
        var from = given ?? Today.AddDays(-10);
        return Portal.Domain.Referrals.Consent.Record(caseId, new ConsentForm
        {
            Recipients = [.. recipients],
            Items = [.. items],
            GivenOn = from,
            ValidUntil = until ?? Today.AddYears(1),
            Method = ConsentMethod.Mundtligt,
        }, Sofie, from, TestData.Now.AddDays(-10), Guid.NewGuid());
    }

    public static ReferralForm Form(RecipientKind recipient, params SharedItem[] items) => new()
    {
        Recipient = recipient,
        Purpose = "Borgeren ønsker at anmelde stalking.",
        Urgency = ReferralUrgency.Almindelig,
        Items = [.. items],
    };

    /// <summary>A referral sent on a legal basis, so no consent is needed to get one.</summary>
    public static Referral Sent(RecipientKind recipient = RecipientKind.Politi, DateTimeOffset? at = null, int days = 5)
    {
        var form = Form(recipient, SharedItem.Navn);
        form.UseLegalBasis = true;
        form.LegalBasis = "Forvaltningslovens § 28, stk. 2, nr. 3";
        return Referral.Send(CaseId, form, [], Sofie, at ?? TestData.Now, days, Guid.NewGuid(), recipient == RecipientKind.Politi ? District : null);
    }

    public static Referral InStatus(ReferralStatus status, RecipientKind recipient = RecipientKind.Politi)
    {
        var r = Sent(recipient);
        var at = TestData.Now;
        if (status == ReferralStatus.Sendt) return r;
        r.MoveTo(ReferralStatus.Modtaget, Sofie, at = at.AddHours(1));
        if (status == ReferralStatus.Modtaget) return r;
        if (status == ReferralStatus.Afvist)
        {
            r.MoveTo(ReferralStatus.Afvist, Sofie, at.AddHours(1), "Ikke i målgruppen.");
            return r;
        }
        r.MoveTo(ReferralStatus.Accepteret, Sofie, at = at.AddHours(1));
        if (status == ReferralStatus.Accepteret) return r;
        r.MoveTo(ReferralStatus.Afsluttet, Sofie, at.AddHours(1));
        return r;
    }
}
