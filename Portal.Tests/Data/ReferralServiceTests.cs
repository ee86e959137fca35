using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.Domain.Cases;
using Portal.Domain.Referrals;
using Portal.Domain.Staff;
using Portal.Features.Cases;
using Portal.Features.Referrals;
using Portal.Security;
using Portal.Domain.Validation;

namespace Portal.Tests.Data;

public class ReferralServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ReferralService _referrals = null!;
    private ConsentService _consents = null!;
    private RestrainingOrderService _orders = null!;
    private StaffMember _jonas = null!;
    private StaffMember _jens = null!;
    private int _caseId;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _referrals = Service(new Dictionary<string, string?>());
        _consents = new ConsentService(_database.Gate, _database.Time);
        _orders = new RestrainingOrderService(_database.Gate);
        _jonas = await StaffAsync("raadgiver.jonas");
        _jens = await StaffAsync("politi.jens");
        await using var db = _database.CreateDbContext();
        // Jonas's cases carry no demo consents or referrals.
        _caseId = await db.Cases.Where(c => c.ContactPersonId == _jonas.Id && c.Status == CaseStatus.IForloeb).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private ReferralService Service(Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new(_database, _database.Gate, _database.Time, config, Municipality.From(config));
    }

    private async Task<StaffMember> StaffAsync(string username)
    {
        await using var db = _database.CreateDbContext();
        return await db.Staff.AsNoTracking().SingleAsync(s => s.Username == username);
    }

    private static ReferralForm Form(RecipientKind recipient, params SharedItem[] items) => new()
    {
        Recipient = recipient, Purpose = "Anmeldelse af stalking.", Urgency = ReferralUrgency.Haster, Items = [.. items],
    };

    private async Task ConsentAsync(RecipientKind[] recipients, SharedItem[] items)
    {
        var today = _referrals.Today;
        var form = new ConsentForm { Recipients = [.. recipients], Items = [.. items], GivenOn = today, ValidUntil = today.AddYears(1), Method = ConsentMethod.Mundtligt };
        Assert.Equal(SaveStatus.Saved, (await _consents.RecordAsync(_caseId, form, _jonas, Guid.NewGuid())).Status);
    }

    private async Task<int> SendAsync(RecipientKind recipient, params SharedItem[] items) =>
        Sent(await _referrals.SendAsync(_caseId, Form(recipient, items), _jonas, Guid.NewGuid()));

    private static int Sent(SaveResult<int> result)
    {
        Assert.Equal(SaveStatus.Saved, result.Status);
        return result.Value;
    }

    private static (SaveStatus, string?) Outcome<T>(SaveResult<T> result) => (result.Status, result.Message);

    private async Task<Referral> ReferralAsync(int id)
    {
        await using var db = _database.CreateDbContext();
        return await db.Referrals.AsNoTracking().Include(r => r.Changes).SingleAsync(r => r.Id == id);
    }

    [Fact]
    public async Task Without_consent_the_referral_is_not_sent_and_the_page_is_told_why()
    {
        var result = await _referrals.SendAsync(_caseId, Form(RecipientKind.Politi, SharedItem.Navn), _jonas, Guid.NewGuid());

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Contains(SharingRule.NoConsent, result.Errors["Basis"]);
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Referrals.AnyAsync(r => r.CaseId == _caseId));
    }

    [Fact]
    public async Task With_consent_the_referral_is_sent_with_a_deadline_five_working_days_later_and_audited()
    {
        await ConsentAsync([RecipientKind.Politi], [SharedItem.Navn, SharedItem.Telefon]);

        var id = await SendAsync(RecipientKind.Politi, SharedItem.Navn, SharedItem.Telefon);

        var r = await ReferralAsync(id);
        Assert.Equal(ReferralStatus.Sendt, r.Status);
        Assert.NotNull(r.ConsentId);
        // Tuesday 24 Nov 2026 10:00 Danish time + 5 working days = Tuesday 1 Dec.
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), r.DeadlineAt);
        await using var db = _database.CreateDbContext();
        var audit = await db.AuditEntries.Where(a => a.CaseId == _caseId).Select(a => a.Action).ToListAsync();
        Assert.Contains("consent.record", audit);
        Assert.Contains("referral.send", audit);
        Assert.Null(await _database.Audit.FindFirstBreakAsync());
    }

    [Fact]
    public async Task The_deadline_is_configured_per_recipient()
    {
        _referrals = Service(new() { ["Referrals:DeadlineWorkingDays:Politi"] = "2", ["Referrals:DeadlineWorkingDays:Jobcenter"] = "0" });
        Assert.Equal((2, 5, 5), (_referrals.DeadlineWorkingDays(RecipientKind.Politi), _referrals.DeadlineWorkingDays(RecipientKind.Krisecenter),
            _referrals.DeadlineWorkingDays(RecipientKind.Jobcenter)));
        await ConsentAsync([RecipientKind.Politi], [SharedItem.Navn]);

        var r = await ReferralAsync(await SendAsync(RecipientKind.Politi, SharedItem.Navn));

        Assert.Equal((2, new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), (r.DeadlineWorkingDays, r.DeadlineAt));
    }

    [Fact]
    public async Task A_double_click_sends_one_referral()
    {
        await ConsentAsync([RecipientKind.Politi], [SharedItem.Navn]);
        var request = Guid.NewGuid();
        var form = Form(RecipientKind.Politi, SharedItem.Navn);

        var results = await Task.WhenAll(_referrals.SendAsync(_caseId, form, _jonas, request), _referrals.SendAsync(_caseId, form, _jonas, request));

        Assert.All(results, r => Assert.Equal(SaveStatus.Saved, r.Status));
        Assert.Equal(results[0].Value, results[1].Value);
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.Referrals.CountAsync(r => r.CaseId == _caseId));
    }

    [Fact]
    public async Task Someone_without_access_to_the_case_cannot_send()
    {
        var fatima = await StaffAsync("kontaktperson.fatima");
        var form = Form(RecipientKind.Politi, SharedItem.Navn);
        form.UseLegalBasis = true;
        form.LegalBasis = "Forvaltningslovens § 28";
        Assert.Equal((SaveStatus.Refused, CaseGate.NoAccessMessage), Outcome(await _referrals.SendAsync(_caseId, form, fatima, Guid.NewGuid())));
        Assert.Equal((SaveStatus.Refused, CaseGate.NoAccessMessage), Outcome(await _referrals.SendAsync(_caseId, form, _jens, Guid.NewGuid())));
    }

    [Fact]
    public async Task A_legal_basis_is_enough_without_consent()
    {
        var form = Form(RecipientKind.BoernOgFamilie, SharedItem.Navn, SharedItem.Cpr);
        form.UseLegalBasis = true;
        form.LegalBasis = "Barnets lov § 133";

        var id = Sent(await _referrals.SendAsync(_caseId, form, _jonas, Guid.NewGuid()));

        var r = await ReferralAsync(id);
        Assert.Equal(("Barnets lov § 133", (int?)null), (r.LegalBasis, r.ConsentId));
    }

    [Fact]
    public async Task A_withdrawn_consent_stops_the_next_referral()
    {
        await ConsentAsync([RecipientKind.Politi], [SharedItem.Navn]);
        var consent = (await _referrals.OpenCaseAsync(_caseId, _jonas))!.Consents.Single();

        Assert.True((await _consents.WithdrawAsync(consent.Id, consent.Version, _jonas)).IsSaved);
        Assert.True((await _consents.WithdrawAsync(consent.Id, consent.Version, _jonas)).IsSaved); // a repeated click

        var result = await _referrals.SendAsync(_caseId, Form(RecipientKind.Politi, SharedItem.Navn), _jonas, Guid.NewGuid());
        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Contains("trukket tilbage", result.Errors["Basis"]);
    }

    [Fact]
    public async Task The_police_see_what_was_sent_to_them_and_nothing_else()
    {
        await ConsentAsync([RecipientKind.Politi, RecipientKind.DanskStalkingCenter], [SharedItem.Telefon, SharedItem.Risikoniveau, SharedItem.Navn]);
        var toPolice = await SendAsync(RecipientKind.Politi, SharedItem.Telefon, SharedItem.Risikoniveau);
        var toDsc = await SendAsync(RecipientKind.DanskStalkingCenter, SharedItem.Navn);

        var list = await _referrals.ListAsync(_jens, includeClosed: true);
        var row = Assert.Single(list, r => r.CaseId == _caseId);
        Assert.Equal((toPolice, false, ReferralService.NameNotShared), (row.Id, row.CanOpenCase, row.CitizenName));
        Assert.All(list, r => Assert.Equal(RecipientKind.Politi, r.Recipient));

        Assert.Null(await _referrals.OpenCaseAsync(_caseId, _jens));
        Assert.Null(await _referrals.OpenAsync(toDsc, _jens));
        var opened = (await _referrals.OpenAsync(toPolice, _jens))!;
        Assert.Equal([SharedItem.Telefon, SharedItem.Risikoniveau], opened.Shared!.Select(s => s.Item));
        Assert.Equal([ReferralStatus.Modtaget], opened.Actions);
        Assert.NotNull(opened.Orders);

        var letter = (await LetterAsync(toPolice, _jens))!;
        Assert.DoesNotContain(letter.Shared, s => s.Item == SharedItem.Navn);
        Assert.Null(await LetterAsync(toDsc, _jens));
    }

    [Fact]
    public async Task The_police_mark_received_and_answer_but_cannot_close()
    {
        await ConsentAsync([RecipientKind.Politi], [SharedItem.Navn]);
        var id = await SendAsync(RecipientKind.Politi, SharedItem.Navn);

        Assert.True((await _referrals.MoveAsync(id, (await ReferralAsync(id)).Version, ReferralStatus.Modtaget, null, _jens)).IsSaved);
        Assert.Equal((SaveStatus.Invalid, "Begrundelsen for afvisningen skal udfyldes."),
            Outcome(await _referrals.MoveAsync(id, (await ReferralAsync(id)).Version, ReferralStatus.Afvist, "", _jens)));
        Assert.True((await _referrals.MoveAsync(id, (await ReferralAsync(id)).Version, ReferralStatus.Accepteret, "Anmeldelsen er optaget.", _jens)).IsSaved);
        Assert.Equal((SaveStatus.Refused, "Du kan ikke markere henvisningen som afsluttet."),
            Outcome(await _referrals.MoveAsync(id, (await ReferralAsync(id)).Version, ReferralStatus.Afsluttet, null, _jens)));

        var r = await ReferralAsync(id);
        Assert.Equal(ReferralStatus.Accepteret, r.Status);
        Assert.Equal(["Raadgiver", "Jens Kragh", "Jens Kragh"], r.Changes.OrderBy(c => c.Id).Select(c => c.ById == _jonas.Id ? "Raadgiver" : c.ByName));
        Assert.True((await _referrals.MoveAsync(id, r.Version, ReferralStatus.Afsluttet, null, _jonas)).IsSaved);
    }

    [Fact]
    public async Task Two_answers_from_the_same_version_give_one_change_and_a_conflict()
    {
        await ConsentAsync([RecipientKind.Politi], [SharedItem.Navn]);
        var id = await SendAsync(RecipientKind.Politi, SharedItem.Navn);
        await _referrals.MoveAsync(id, (await ReferralAsync(id)).Version, ReferralStatus.Modtaget, null, _jens);
        var version = (await ReferralAsync(id)).Version;

        Assert.True((await _referrals.MoveAsync(id, version, ReferralStatus.Accepteret, null, _jens)).IsSaved);
        var conflict = await _referrals.MoveAsync(id, version, ReferralStatus.Afvist, "Ikke os.", _jonas);
        Assert.Equal(SaveStatus.Conflict, conflict.Status);
        Assert.Contains("«Accepteret»", conflict.Message);
        // The same answer again is a repeated click, not a conflict.
        Assert.True((await _referrals.MoveAsync(id, version, ReferralStatus.Accepteret, null, _jens)).IsSaved);
        Assert.Equal(3, (await ReferralAsync(id)).Changes.Count);
    }

    [Fact]
    public async Task A_referral_nobody_acknowledges_turns_up_on_the_owners_overview_after_the_deadline()
    {
        await ConsentAsync([RecipientKind.Politi], [SharedItem.Navn]);
        var id = await SendAsync(RecipientKind.Politi, SharedItem.Navn);
        Assert.DoesNotContain(await _referrals.OverdueForOwnerAsync(_jonas), r => r.Id == id);

        _database.Time.Advance(TimeSpan.FromDays(7)); // Tuesday 1 Dec 09:00 UTC is the deadline
        Assert.DoesNotContain(await _referrals.OverdueForOwnerAsync(_jonas), r => r.Id == id);
        _database.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains(await _referrals.OverdueForOwnerAsync(_jonas), r => r.Id == id);
        Assert.Contains(await _referrals.ListAsync(_jonas, false), r => r.Id == id && r.IsOverdue);
        Assert.DoesNotContain(await _referrals.OverdueForOwnerAsync(await StaffAsync("kontaktperson.sofie")), r => r.Id == id);

        await _referrals.MoveAsync(id, (await ReferralAsync(id)).Version, ReferralStatus.Modtaget, null, _jens);
        Assert.DoesNotContain(await _referrals.OverdueForOwnerAsync(_jonas), r => r.Id == id);
    }

    [Fact]
    public async Task The_police_record_a_restraining_order_and_a_breach_only_on_cases_referred_to_them()
    {
        var form = new RestrainingOrderForm { Kind = RestrainingOrderKind.Opholdsforbud, From = _referrals.Today.AddDays(-10), To = _referrals.Today.AddYears(1) };
        Assert.Equal((SaveStatus.Refused, CaseGate.NoAccessMessage), Outcome(await _orders.RecordAsync(_caseId, form, _jens, Guid.NewGuid())));

        await ConsentAsync([RecipientKind.Politi], [SharedItem.Navn]);
        await SendAsync(RecipientKind.Politi, SharedItem.Navn);
        var request = Guid.NewGuid();
        Assert.True((await _orders.RecordAsync(_caseId, form, _jens, request)).IsSaved);
        Assert.True((await _orders.RecordAsync(_caseId, form, _jens, request)).IsSaved);

        var order = Assert.Single((await _referrals.OpenCaseAsync(_caseId, _jonas))!.Orders.Orders);
        var breach = new BreachForm { Date = _referrals.Today.AddDays(-1), Description = "Stod ved opgangen." };
        Assert.True((await _orders.ReportBreachAsync(order.Id, breach, _jens, Guid.NewGuid())).IsSaved);
        var outside = await _orders.ReportBreachAsync(order.Id, new BreachForm { Date = _referrals.Today.AddDays(-30), Description = "x" }, _jens, Guid.NewGuid());
        Assert.Equal(SaveStatus.Invalid, outside.Status);
        Assert.StartsWith("Datoen skal ligge i perioden", outside.Errors["Date"]);

        var saved = Assert.Single((await _referrals.OpenCaseAsync(_caseId, _jonas))!.Orders.Orders);
        Assert.Equal((RestrainingOrderKind.Opholdsforbud, "Jens Kragh", 1), (saved.Kind, saved.RecordedByName, saved.Breaches.Count));
    }

    [Fact]
    public async Task The_demo_data_has_every_status_consents_withdrawn_and_expired_overdue_referrals_and_an_order()
    {
        await using var db = _database.CreateDbContext();
        var referrals = await db.Referrals.AsNoTracking().ToListAsync();
        var consents = await db.Consents.AsNoTracking().ToListAsync();
        var now = _database.Time.GetUtcNow();

        Assert.Equal(Enum.GetValues<ReferralStatus>(), referrals.Select(r => r.Status).Distinct().Order());
        Assert.Contains(consents, c => c.IsWithdrawn);
        Assert.Contains(consents, c => !c.IsWithdrawn && c.ValidUntil < _referrals.Today);
        Assert.True(referrals.Count(r => r.IsOverdue(now)) >= 2);
        Assert.Contains(referrals, r => r.Recipient == RecipientKind.Politi && r.Status == ReferralStatus.Sendt);
        Assert.Contains(referrals, r => r.LegalBasis is not null);
        Assert.True(await db.RestrainingOrders.AnyAsync(o => o.Breaches.Any()));
        Assert.Contains(await _referrals.ListAsync(_jens, true), r => r.IsOverdue);
    }

    /// <summary>The letter as the document endpoint gets it: through the case gate's print, with the referral's rule.</summary>
    private async Task<ReferralLetter?> LetterAsync(int referralId, StaffMember viewer) =>
        (await _database.Gate.ReadAsync(ReferralService.LetterKey(referralId), viewer, "referral",
            scope => _referrals.LetterForAsync(scope, referralId, default), operation: CaseOperation.Print,
            full: true, rule: ReferralService.LetterRule(referralId))).Value;
}
