using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.ContactPersons;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

public class CaseShareTests
{
    private readonly StaffMember _visitator = TestData.Staff(1, Role.Visitator);
    private readonly StaffMember _owner = TestData.Staff(3, Role.Kontaktperson);
    private readonly StaffMember _police = TestData.Staff(5, Role.Politi);
    private readonly StaffMember _counsellor = TestData.Staff(6, Role.Raadgiver);
    private readonly StaffMember _colleague = TestData.Staff(7, Role.Kontaktperson);

    private static readonly DateOnly Today = DanishTime.Today(TestData.Now);

    private Case NewCase(bool protectedAddress = false)
    {
        var c = TestData.NewCase(protectedAddress, _visitator);
        c.AssignContactPerson(_owner, _visitator, TestData.Now);
        return c;
    }

    /// <summary>A moment on a Danish calendar day, at a Danish clock time.</summary>
    private static DateTimeOffset At(DateOnly day, int hour, int minute = 0)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, DanishTime.Zone.GetUtcOffset(local));
    }

    private static bool Sees(Case c, StaffMember s, DateTimeOffset at) =>
        CaseAccess.CanSee(c, s, at) && new[] { c }.AsQueryable().Any(CaseAccess.VisibleTo(s, at));

    [Fact]
    public void A_share_opens_the_case_through_its_last_day_and_not_the_day_after()
    {
        var c = NewCase();
        Assert.False(Sees(c, _counsellor, TestData.Now));
        var share = TestData.Share(c, _counsellor, _visitator, days: 10);

        Assert.True(Sees(c, _counsellor, TestData.Now));
        Assert.True(Sees(c, _counsellor, At(share.Until, 23, 59)));
        Assert.False(CaseAccess.CanSee(c, _counsellor, At(share.Until.AddDays(1), 0, 1)));
        Assert.False(new[] { c }.AsQueryable().Any(CaseAccess.VisibleTo(_counsellor, At(share.Until.AddDays(1), 0, 1))));
    }

    [Fact]
    public void Expiry_is_recorded_once_on_the_timeline_and_ends_the_share()
    {
        var c = NewCase();
        var share = TestData.Share(c, _counsellor, _visitator, days: 3);
        Assert.Empty(c.ExpireShares(At(share.Until, 22)));

        var later = At(share.Until.AddDays(1), 6);
        var lapsed = c.ExpireShares(later);

        Assert.Equal([share], lapsed);
        Assert.Equal(ShareEnd.Udloebet, share.EndedHow);
        Assert.Equal(later, share.EndedAt);
        Assert.Contains(c.Events, e => e.Kind == CaseEventKind.ShareEnded && e.Text.Contains("udløb") && e.Text.Contains(_counsellor.Name));
        Assert.Empty(c.ExpireShares(later.AddHours(1)));
        Assert.Single(c.Events, e => e.Kind == CaseEventKind.ShareEnded);
    }

    [Fact]
    public void Ending_a_share_closes_the_case_at_once_and_only_the_cases_own_staff_may_do_it()
    {
        var c = NewCase();
        var share = TestData.Share(c, _counsellor, _owner);

        var refused = Assert.Throws<DomainRuleException>(() => c.EndShare(share.Id, _colleague, TestData.Now));
        Assert.Equal("Kun sagens visitator eller faste kontaktperson kan afslutte en deling.", refused.Message);

        c.EndShare(share.Id, _visitator, TestData.Now.AddMinutes(5));
        Assert.False(Sees(c, _counsellor, TestData.Now.AddMinutes(6)));
        Assert.Equal(ShareEnd.Afsluttet, share.EndedHow);
        Assert.Equal(_visitator.Name, share.EndedByName);
        Assert.Contains(c.Events, e => e.Kind == CaseEventKind.ShareEnded && e.Text == $"Delingen med {_counsellor.Name} er afsluttet.");
    }

    [Fact]
    public void The_police_get_referrals_not_shares()
    {
        var c = NewCase();
        var e = Assert.Throws<DomainRuleException>(() => TestData.Share(c, _police, _visitator));
        Assert.Equal("Politiet får oplysninger gennem en henvisning, ikke ved at sagen deles.", e.Message);
        Assert.Empty(c.Shares);
    }

    [Fact]
    public void Only_the_cases_visitator_or_contact_person_may_share_it()
    {
        var c = NewCase();
        var e = Assert.Throws<DomainRuleException>(() => TestData.Share(c, _counsellor, _colleague));
        Assert.Equal("Kun sagens visitator eller faste kontaktperson kan dele sagen.", e.Message);
    }

    [Fact]
    public void A_share_never_overrides_a_declared_conflict_of_interest()
    {
        var c = NewCase();
        c.DeclareConflict(_counsellor, ConflictReason.KenderModparten, null, _visitator, TestData.Now);
        var refused = Assert.Throws<DomainRuleException>(() => TestData.Share(c, _counsellor, _visitator));
        Assert.Contains("har erklæret inhabilitet", refused.Message);

        var other = NewCase();
        var share = TestData.Share(other, _colleague, _visitator);
        Assert.True(Sees(other, _colleague, TestData.Now));
        other.DeclareConflict(_colleague, ConflictReason.KenderBorgeren, null, _colleague, TestData.Now.AddHours(1));

        Assert.False(Sees(other, _colleague, TestData.Now.AddHours(2)));
        Assert.Equal(ShareEnd.Inhabilitet, share.EndedHow);
    }

    [Fact]
    public void A_second_active_share_to_the_same_person_is_refused_but_the_same_request_twice_is_one_share()
    {
        var c = NewCase();
        var key = Guid.NewGuid();
        var form = new CaseShareForm
        {
            StaffMemberId = _counsellor.Id, Reason = "Rådgivning.", Until = Today.AddDays(30), Part = SharePart.HeleSagen,
            Basis = ShareBasis.Lovhjemmel, LegalBasis = "servicelovens § 11",
        };
        var first = c.ShareWith(_counsellor, form, _visitator, Today, TestData.Now, key);
        Assert.Same(first, c.ShareWith(_counsellor, form, _visitator, Today, TestData.Now, key));
        var e = Assert.Throws<DomainRuleException>(() => c.ShareWith(_counsellor, form, _visitator, Today, TestData.Now, Guid.NewGuid()));
        Assert.StartsWith($"Sagen er allerede delt med {_counsellor.Name} til og med", e.Message);
        Assert.Single(c.Shares);
        Assert.Equal("Lovhjemmel: servicelovens § 11", first.BasisText);
    }

    [Fact]
    public void A_crisis_plan_and_risk_share_opens_only_those_parts()
    {
        var c = NewCase();
        TestData.Share(c, _counsellor, _visitator, SharePart.KriseplanOgRisiko);
        var now = TestData.Now;

        Assert.True(CaseAccess.Allows(c, _counsellor, CaseOperation.Change, now, area: "crisisplan"));
        Assert.True(CaseAccess.Allows(c, _counsellor, CaseOperation.Print, now, area: "crisisplan"));
        Assert.True(CaseAccess.Allows(c, _counsellor, CaseOperation.Change, now, area: "risk"));
        Assert.True(CaseAccess.Allows(c, _counsellor, CaseOperation.Read, now, area: "case"));
        Assert.False(CaseAccess.Allows(c, _counsellor, CaseOperation.Change, now, area: "case"));   // no journal notes
        Assert.False(CaseAccess.Allows(c, _counsellor, CaseOperation.Read, now, area: "incidents"));
        Assert.False(CaseAccess.Allows(c, _counsellor, CaseOperation.Read, now, area: "referrals"));
        Assert.False(CaseAccess.SeesWhole(c, _counsellor, now));
        Assert.False(new[] { c }.AsQueryable().Any(CaseAccess.VisibleTo(_counsellor, now, wholeOnly: true)));

        c.AddJournalNote("Borgeren fortæller om natten til søndag.", _owner, now);
        var view = CaseView.For(c, _counsellor, now);
        Assert.True(view.IsPartial);
        Assert.Empty(view.Timeline);
        Assert.Null(view.Citizen.Cpr);
        Assert.Equal(SharePart.KriseplanOgRisiko, view.SharedWithViewer!.Part);
        Assert.DoesNotContain("natten til søndag", System.Text.Json.JsonSerializer.Serialize(view));
    }

    [Fact]
    public void A_protected_address_stays_hidden_unless_the_share_records_the_need()
    {
        var hidden = NewCase(protectedAddress: true);
        TestData.Share(hidden, _counsellor, _visitator);
        Assert.False(CaseAccess.MaySeeAddress(hidden, _counsellor, TestData.Now));
        Assert.Equal(CaseAccess.MaskedAddress, CaseView.For(hidden, _counsellor, TestData.Now).Citizen.Address);

        var needed = NewCase(protectedAddress: true);
        var share = TestData.Share(needed, _counsellor, _visitator, includeAddress: true);
        Assert.True(CaseAccess.MaySeeAddress(needed, _counsellor, TestData.Now));
        Assert.Equal("Krisecenteret hjælper med flytningen.", share.AddressReason);
        Assert.Contains("Den beskyttede adresse vises for modtageren.", needed.Events.Last().Text);
        Assert.False(CaseAccess.MaySeeAddress(needed, _counsellor, At(share.Until.AddDays(1), 8)));
    }

    [Fact]
    public void The_form_explains_what_is_missing_in_Danish()
    {
        var empty = new CaseShareForm { Part = null }.Validate(Today);
        Assert.Equal("Vælg, hvem sagen skal deles med.", empty["StaffMemberId"]);
        Assert.Equal("Angiv, hvor længe sagen er delt.", empty["Until"]);
        Assert.Equal("Vælg, hvilke dele af sagen der deles.", empty["Part"]);
        Assert.Equal("Angiv, om delingen sker med borgerens samtykke eller med lovhjemmel.", empty["Basis"]);
        Assert.Equal("Begrundelsen skal udfyldes.", empty["Reason"]);

        var wrong = new CaseShareForm
        {
            StaffMemberId = 6, Reason = "Rådgivning.", Until = Today.AddMonths(13), Basis = ShareBasis.Lovhjemmel, LegalBasis = "serviceloven",
            IncludeAddress = true,
        }.Validate(Today);
        Assert.StartsWith("En deling kan højst gælde 12 måneder.", wrong["Until"]);
        Assert.Equal(LegalBasisRule.NeedsParagraph, wrong["LegalBasis"]);
        Assert.Equal("Begrundelsen for at vise den beskyttede adresse skal udfyldes.", wrong["AddressReason"]);

        Assert.Equal("Angiv, om borgeren har givet samtykke mundtligt eller skriftligt.",
            new CaseShareForm { Basis = ShareBasis.Samtykke }.Validate(Today)["ConsentMethod"]);
        Assert.Equal(Today.AddMonths(3), CaseShareForm.New(Today).Until);
    }
}
