using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Referrals;
using Portal.Domain.Staff;

namespace Portal.Features.Referrals;

/// <summary>
/// Demo consents (one withdrawn, one expired), referrals in every status — three past their deadline,
/// one waiting for the police — and a restraining order with a reported breach. Deterministic.
/// </summary>
public static class ReferralSeed
{
    public static async Task SeedAsync(PortalDbContext db, IReadOnlyList<StaffMember> staff, DateTimeOffset now)
    {
        var today = DanishTime.Today(now);
        StaffMember Staff(string username) => staff.Single(s => s.Username == username);
        var sofie = Staff("kontaktperson.sofie");
        var anders = Staff("kontaktperson.anders");
        var fatima = Staff("kontaktperson.fatima");
        var line = Staff("raadgiver.line");
        var jens = Staff("politi.jens");
        Case FirstOwnedBy(StaffMember owner) => db.Cases.Local
            .Where(c => c.ContactPersonId == owner.Id && c.Status == CaseStatus.IForloeb).OrderBy(c => c.Id).First();
        var s1 = FirstOwnedBy(sofie);
        var a1 = FirstOwnedBy(anders);
        var f1 = FirstOwnedBy(fatima);
        var l1 = FirstOwnedBy(line);
        // A new case still owned by its visitator: the overdue referral shows on the visitator's overview.
        var v1 = db.Cases.Local.Where(c => c.ContactPersonId == null && c.VisitatorId != null).OrderBy(c => c.Id).First();
        var v1Visitator = staff.Single(s => s.Id == v1.VisitatorId);

        Consent NewConsent(Case c, StaffMember by, int givenDaysAgo, int validDays, ConsentMethod method, RecipientKind[] recipients, SharedItem[] items)
        {
            var given = today.AddDays(-givenDaysAgo);
            var form = new ConsentForm
            {
                Items = [.. items], Recipients = [.. recipients], GivenOn = given, ValidUntil = given.AddDays(validDays), Method = method,
                Note = method == ConsentMethod.Skriftligt ? "Underskrevet samtykkeerklæring ligger i journalen." : null,
            };
            var consent = Consent.Record(c.Id, form, by, given, now.AddDays(-givenDaysAgo), Guid.NewGuid());
            db.Consents.Add(consent);
            return consent;
        }

        NewConsent(s1, sofie, 30, 365, ConsentMethod.Mundtligt, [RecipientKind.Politi, RecipientKind.DanskStalkingCenter],
            [SharedItem.Navn, SharedItem.Cpr, SharedItem.Telefon, SharedItem.SikkerKontakt, SharedItem.Risikoniveau, SharedItem.Haendelseslog]);
        NewConsent(a1, anders, 90, 365, ConsentMethod.Skriftligt, [RecipientKind.Krisecenter, RecipientKind.LevUdenVold, RecipientKind.BoernOgFamilie],
            [SharedItem.Navn, SharedItem.Telefon, SharedItem.SikkerKontakt, SharedItem.Risikoniveau, SharedItem.Kriseplan, SharedItem.Supplerende]);
        NewConsent(f1, fatima, 100, 90, ConsentMethod.Mundtligt, [RecipientKind.Jobcenter], [SharedItem.Navn, SharedItem.Telefon]);
        var withdrawn = NewConsent(l1, line, 50, 365, ConsentMethod.Skriftligt, [RecipientKind.Politi, RecipientKind.Interventionscenter],
            [SharedItem.Navn, SharedItem.Telefon, SharedItem.Risikoniveau]);
        NewConsent(v1, v1Visitator, 25, 180, ConsentMethod.Mundtligt, [RecipientKind.DanskStalkingCenter], [SharedItem.Navn, SharedItem.Telefon]);
        await db.SaveChangesAsync(); // referrals point at the consents' ids

        Referral Send(Case c, StaffMember by, double daysAgo, RecipientKind to, string purpose, ReferralUrgency urgency, SharedItem[] items,
            string? legalBasis = null, string? freeText = null)
        {
            var form = new ReferralForm
            {
                Recipient = to, Purpose = purpose, Urgency = urgency, Items = [.. items], FreeText = freeText,
                UseLegalBasis = legalBasis is not null, LegalBasis = legalBasis,
            };
            var consents = db.Consents.Local.Where(x => x.CaseId == c.Id).ToList();
            var referral = Referral.Send(c.Id, form, consents, by, now.AddDays(-daysAgo), RecipientKinds.DefaultDeadlineWorkingDays, Guid.NewGuid(),
                to == RecipientKind.Politi ? Portal.Data.Mappings.OrganisationConfiguration.FirstPoliceDistrict : null);
            db.Referrals.Add(referral);
            return referral;
        }

        // Sofie's citizen: waiting for the police (overdue) and received by Dansk Stalking Center.
        Send(s1, sofie, 21, RecipientKind.Politi,
            "Borgeren ønsker at anmelde stalking (straffelovens § 242) og har brug for en kontaktperson hos politiet. Hændelsesloggen er vedlagt.",
            ReferralUrgency.Haster, [SharedItem.Navn, SharedItem.Telefon, SharedItem.SikkerKontakt, SharedItem.Risikoniveau, SharedItem.Haendelseslog]);
        var toDsc = Send(s1, sofie, 25, RecipientKind.DanskStalkingCenter, "Telefonisk rådgivning om stalking og retshjælp.",
            ReferralUrgency.Almindelig, [SharedItem.Navn, SharedItem.Telefon, SharedItem.SikkerKontakt]);
        toDsc.MoveTo(ReferralStatus.Modtaget, sofie, now.AddDays(-24), "Bekræftet pr. telefon.");

        // Anders's citizen: a finished stay, a rejection and an accepted referral.
        var shelter = Send(a1, anders, 80, RecipientKind.Krisecenter, "Ophold på krisecenter for borgeren og børnene.",
            ReferralUrgency.Akut, [SharedItem.Navn, SharedItem.Telefon, SharedItem.Risikoniveau, SharedItem.Kriseplan]);
        shelter.MoveTo(ReferralStatus.Modtaget, anders, now.AddDays(-80).AddHours(2));
        shelter.MoveTo(ReferralStatus.Accepteret, anders, now.AddDays(-79), "Plads fra i dag.");
        shelter.MoveTo(ReferralStatus.Afsluttet, anders, now.AddDays(-20), "Borgeren er flyttet fra krisecentret til egen bolig.");
        var luv = Send(a1, anders, 40, RecipientKind.LevUdenVold, "Rådgivning om partnervold.", ReferralUrgency.Almindelig,
            [SharedItem.Navn, SharedItem.Telefon, SharedItem.Supplerende], freeText: "Borgeren foretrækker kontakt om formiddagen og på engelsk.");
        luv.MoveTo(ReferralStatus.Modtaget, anders, now.AddDays(-39));
        luv.MoveTo(ReferralStatus.Afvist, anders, now.AddDays(-35), "Borgeren er allerede i forløb hos kommunens rådgivning.");
        var family = Send(a1, anders, 15, RecipientKind.BoernOgFamilie, "Støtte til børnene efter opholdet på krisecentret.",
            ReferralUrgency.Almindelig, [SharedItem.Navn, SharedItem.Telefon, SharedItem.Risikoniveau]);
        family.MoveTo(ReferralStatus.Modtaget, anders, now.AddDays(-14));
        family.MoveTo(ReferralStatus.Accepteret, anders, now.AddDays(-12));

        // Fatima's citizen: sent under a consent that has since expired, and one on a legal basis.
        var job = Send(f1, fatima, 95, RecipientKind.Jobcenter, "Hensyn i jobcenterets indsats: borgeren skal ikke indkaldes til møder sammen med den anden part.",
            ReferralUrgency.Almindelig, [SharedItem.Navn, SharedItem.Telefon]);
        job.MoveTo(ReferralStatus.Modtaget, fatima, now.AddDays(-94));
        job.MoveTo(ReferralStatus.Accepteret, fatima, now.AddDays(-90));
        Send(f1, fatima, 0.05, RecipientKind.BoernOgFamilie, "Underretning: barnet har overværet vold i hjemmet.", ReferralUrgency.Haster,
            [SharedItem.Navn, SharedItem.Cpr, SharedItem.Risikoniveau],
            legalBasis: "Barnets lov § 133 (skærpet underretningspligt for offentligt ansatte)");

        // Line's citizen: the consent has been withdrawn since; the police took the report, the intervention centre never answered.
        var police = Send(l1, line, 44, RecipientKind.Politi, "Anmeldelse af stalking og vurdering af tilhold.", ReferralUrgency.Haster,
            [SharedItem.Navn, SharedItem.Telefon, SharedItem.Risikoniveau]);
        police.MoveTo(ReferralStatus.Modtaget, jens, now.AddDays(-43));
        police.MoveTo(ReferralStatus.Accepteret, jens, now.AddDays(-40), "Anmeldelsen er modtaget, og der er udstedt tilhold.");
        Send(l1, line, 45, RecipientKind.Interventionscenter, "Samtaleforløb for borgeren.", ReferralUrgency.Almindelig,
            [SharedItem.Navn, SharedItem.Telefon]);
        withdrawn.Withdraw(line, now.AddDays(-5));

        // A new case still with its visitator: Dansk Stalking Center has not answered.
        Send(v1, v1Visitator, 21, RecipientKind.DanskStalkingCenter, "Rådgivning om stalking, mens sagen visiteres.", ReferralUrgency.Almindelig,
            [SharedItem.Navn, SharedItem.Telefon]);

        var order = RestrainingOrder.Record(l1.Id, new RestrainingOrderForm
        {
            Kind = RestrainingOrderKind.Tilhold, From = today.AddDays(-38), To = today.AddDays(-38).AddYears(1),
            Note = "Udstedt af Syd- og Sønderjyllands Politi.",
        }, jens, now.AddDays(-38), Guid.NewGuid());
        order.ReportBreach(new BreachForm { Date = today.AddDays(-12), Description = "Sendte tre sms'er og ventede ved arbejdspladsen.", ReportedToPolice = true },
            jens, today.AddDays(-11), now.AddDays(-11), Guid.NewGuid());
        db.RestrainingOrders.Add(order);
        await db.SaveChangesAsync();
    }
}
