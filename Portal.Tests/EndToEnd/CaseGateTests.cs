using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Domain.Cases;
using Portal.Domain.ContactPersons;
using Portal.Domain.Referrals;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>The case gate as a user meets it: documents refused and audited, emergency access, who has seen the case.</summary>
[Collection(PortalCollection.Name)]
public class CaseGateTests(PortalAppFixture app)
{
    private static readonly string[] KnownDocuments =
    [
        "/henvisninger/{id:int}/brev.pdf",
        "/sager/{id:int}/haendelseslog.pdf",
        "/sager/{id:int}/indsigt.pdf",
        "/sager/{id:int}/kontaktperson/brev.pdf",
        "/sager/{id:int}/kriseplan.pdf",
    ];

    private static string TextOf(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return string.Join(" ", doc.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>A case of Mette's with a referral, on which Karsten (a visitator of the same municipality) is conflicted.</summary>
    private async Task<(Case Case, int ReferralId)> ConflictedCaseAsync() => await app.QueryAsync(async db =>
    {
        var karsten = await db.Staff.SingleAsync(s => s.Username == "visitator.karsten");
        var mette = await db.Staff.SingleAsync(s => s.Username == "visitator.mette");
        var c = await db.Cases.Include(x => x.Citizen)
            .Where(x => x.VisitatorId == mette.Id && db.Referrals.Any(r => r.CaseId == x.Id && r.Recipient != RecipientKind.Politi))
            .OrderBy(x => x.Id).FirstAsync();
        if (!c.HasConflict(karsten))
        {
            c.DeclareConflict(karsten, ConflictReason.KenderBorgeren, null, mette, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }
        var referral = await db.Referrals.Where(r => r.CaseId == c.Id && r.Recipient != RecipientKind.Politi).Select(r => r.Id).FirstAsync();
        return (c, referral);
    });

    [Fact]
    public async Task Every_document_endpoint_refuses_a_conflicted_visitator_and_audits_it_with_the_case_id()
    {
        var patterns = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!)
            // The managers' report holds no case: it is refused by role (DashboardTests), not by the case gate.
            .Where(p => p.EndsWith(".pdf", StringComparison.Ordinal) && !p.StartsWith("/ledelse/", StringComparison.Ordinal))
            .Distinct().Order().ToList();
        Assert.Equal(KnownDocuments, patterns);

        var (c, referralId) = await ConflictedCaseAsync();
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.karsten");
        foreach (var pattern in patterns)
        {
            var url = pattern.Replace("{id:int}", (pattern.StartsWith("/henvisninger", StringComparison.Ordinal) ? referralId : c.Id).ToString());
            var before = await DeniedAsync("visitator.karsten", c.Id);
            var response = await page.APIRequest.GetAsync(url);
            Assert.Equal(404, response.Status);
            Assert.DoesNotContain(c.Citizen.Name, await response.TextAsync());
            Assert.True(await DeniedAsync("visitator.karsten", c.Id) > before, $"{url}: the refusal is not in the audit log with the case id");
        }
    }

    [Fact]
    public async Task A_referral_letter_keeps_what_was_shared_and_stops_printing_when_consent_is_withdrawn()
    {
        var (c, _) = await ConflictedCaseAsync();
        var mette = "visitator.mette";
        // A fresh consent and referral, sent as the case's visitator through the running app's service.
        using var scope = app.Services.CreateScope();
        var referrals = scope.ServiceProvider.GetRequiredService<Portal.Features.Referrals.ReferralService>();
        var consents = scope.ServiceProvider.GetRequiredService<Portal.Features.Referrals.ConsentService>();
        var visitator = await app.QueryAsync(db => db.Staff.AsNoTracking().SingleAsync(s => s.Username == mette));
        var today = referrals.Today;
        Assert.True((await consents.RecordAsync(c.Id, new ConsentForm
        {
            Recipients = [RecipientKind.DanskStalkingCenter], Items = [SharedItem.Navn, SharedItem.Telefon],
            GivenOn = today, ValidUntil = today.AddMonths(6), Method = ConsentMethod.Mundtligt,
        }, visitator, Guid.NewGuid())).IsSaved);
        await app.QueryAsync(db => db.Citizens.Where(x => x.Id == c.CitizenId).ExecuteUpdateAsync(x => x.SetProperty(p => p.Phone, "11 22 33 44")));
        var sent = await referrals.SendAsync(c.Id, new ReferralForm
        {
            Recipient = RecipientKind.DanskStalkingCenter, Purpose = "Rådgivning om stalking.", Items = [SharedItem.Navn, SharedItem.Telefon],
        }, visitator, Guid.NewGuid());
        Assert.True(sent.IsSaved);
        var referralId = sent.Value;
        var consentId = await app.QueryAsync(db => db.Referrals.Where(r => r.Id == referralId).Select(r => r.ConsentId!.Value).SingleAsync());
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, mette);

        var first = await page.APIRequest.GetAsync($"/henvisninger/{referralId}/brev.pdf");
        Assert.Equal(200, first.Status);
        await app.QueryAsync(async db =>
        {
            await db.Citizens.Where(x => x.Id == c.CitizenId).ExecuteUpdateAsync(x => x.SetProperty(p => p.Phone, "99 88 77 66"));
            return 0;
        });
        var reprint = TextOf(await (await page.APIRequest.GetAsync($"/henvisninger/{referralId}/brev.pdf")).BodyAsync());
        Assert.Contains("11 22 33 44", reprint); // what was shared when it was sent
        Assert.DoesNotContain("99 88 77 66", reprint);

        await app.QueryAsync(async db =>
        {
            var consent = await db.Consents.SingleAsync(x => x.Id == consentId);
            var visitator = await db.Staff.SingleAsync(s => s.Username == mette);
            consent.Withdraw(visitator, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return 0;
        });
        var refused = await page.APIRequest.GetAsync($"/henvisninger/{referralId}/brev.pdf");
        Assert.Equal(409, refused.Status);
        Assert.Contains("trukket samtykket tilbage", await refused.TextAsync());
    }

    [Fact]
    public async Task A_contact_person_breaks_the_glass_reads_only_and_a_manager_reviews_it()
    {
        var (c, stranger) = await app.QueryAsync(async db =>
        {
            var target = await db.Cases.Include(x => x.Citizen).Include(x => x.Visitator)
                .Where(x => x.Status != CaseStatus.Afsluttet && x.ContactPerson!.Username != "kontaktperson.fatima" && !x.Shares.Any())
                .OrderBy(x => x.Id).FirstAsync();
            return (target, "kontaktperson.fatima");
        });
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, stranger, $"/sager/{c.Id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ingen adgang" })).ToBeVisibleAsync();
        Assert.DoesNotContain(c.Citizen.Name, await page.ContentAsync());

        await page.Locator("[data-testid=emergency-reason]").FillAsync("Kort");
        await page.Locator("[data-testid=emergency-open]").ClickAsync();
        await Expect(page.GetByText("Skriv mindst en hel sætning")).ToBeVisibleAsync();

        await page.Locator("[data-testid=emergency-reason]").FillAsync("Borgeren ringer i krise, og visitatoren kan ikke nås i dag.");
        await page.Locator("[data-testid=emergency-open]").ClickAsync();
        await Expect(page.Locator("[data-testid=emergency-banner]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=case-citizen]")).ToHaveTextAsync(c.Citizen.Name);
        await Expect(page.Locator("[data-testid=note-save]")).ToHaveCountAsync(0); // reading only
        await PortalAppFixture.ScreenshotAsync(page, "emergency-access");

        var tasks = await app.QueryAsync(db => db.Tasks.Where(t => t.CaseId == c.Id && t.Source == Portal.Domain.Tasks.TaskSource.Noedadgang)
            .Select(t => t.OwnerId).ToListAsync());
        Assert.Contains(c.VisitatorId!.Value, tasks);

        var manager = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(manager, "leder.hanne");
        await Expect(manager.Locator("[data-testid=emergency-tasks]")).ToContainTextAsync("venter på din gennemgang");
        await manager.GotoAsync("/ledelse/noedadgang");
        await PortalAppFixture.WaitUntilInteractiveAsync(manager);
        var row = manager.Locator("[data-testid=emergency-row]").Filter(new() { HasText = c.CaseNumber }).First;
        await Expect(row).ToContainTextAsync("visitatoren kan ikke nås");
        await row.Locator("[data-testid=emergency-unjustified]").ClickAsync();
        await Expect(row.GetByText("Skriv, hvorfor nødadgangen ikke var berettiget.")).ToBeVisibleAsync();
        await row.Locator("[data-testid=emergency-justified]").ClickAsync();
        await Expect(manager.Locator("[data-testid=emergency-row]").Filter(new() { HasText = c.CaseNumber }).First
            .Locator("[data-testid=emergency-verdict]")).ToHaveTextAsync("Berettiget");
        await PortalAppFixture.ScreenshotAsync(manager, "emergency-review");

        // The case's visitator sees the access among the case's reads.
        var visitator = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(visitator, c.Visitator!.Username, $"/sager/{c.Id}");
        await visitator.Locator("[data-testid=access-log-show]").ClickAsync();
        await Expect(visitator.Locator("[data-testid=access-log-table]")).ToContainTextAsync("Nødadgang");
        await Expect(visitator.Locator("[data-testid=access-log-table]")).ToContainTextAsync("Fatima Hassan");
        await PortalAppFixture.ScreenshotAsync(visitator, "access-log");

        var insight = await visitator.APIRequest.GetAsync($"/sager/{c.Id}/indsigt.pdf");
        Assert.Equal(200, insight.Status);
        var text = TextOf(await insight.BodyAsync());
        Assert.Contains("Indsigt", text);
        Assert.Contains("Nødadgang", text);
        Assert.DoesNotContain("Fatima", text); // functions, not staff names
    }

    [Fact]
    public async Task Address_protection_is_changed_with_a_reason_and_shown_on_the_timeline()
    {
        var c = await app.QueryAsync(db => db.Cases.Include(x => x.Citizen).Include(x => x.Visitator)
            .Where(x => x.Status != CaseStatus.Afsluttet && !x.Citizen.AddressProtected && x.Visitator!.Username == "visitator.mette")
            .OrderByDescending(x => x.Id).FirstAsync());
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette", $"/sager/{c.Id}");

        await page.Locator("[data-testid=protection-change]").ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Adressebeskyttelse" }).CheckAsync();
        await page.Locator("[data-testid=protection-save]").ClickAsync();
        await Expect(page.GetByText("Begrundelsen skal udfyldes.")).ToBeVisibleAsync();
        Assert.False(await app.QueryAsync(db => db.Citizens.Where(x => x.Id == c.CitizenId).Select(x => x.AddressProtected).SingleAsync()));

        await page.Locator("[data-testid=protection-reason]").FillAsync("Navne- og adressebeskyttelse oplyst af borgeren og set i CPR.");
        await page.Locator("[data-testid=protection-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=protection-panel]")).ToContainTextAsync("Adresse: beskyttet");
        await Expect(page.GetByText("Beskyttelse", new() { Exact = true }).First).ToBeVisibleAsync();
        Assert.True(await app.QueryAsync(db => db.Citizens.Where(x => x.Id == c.CitizenId).Select(x => x.AddressProtected).SingleAsync()));
        var today = Portal.Domain.Calendar.DanishTime.Today(DateTimeOffset.UtcNow);
        await Expect(page.Locator("[data-testid=protection-until]")).ToHaveTextAsync(today.AddMonths(12).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture));

        // Renewed in the CPR register: recorded with the new date and a reason.
        await page.Locator("[data-testid=protection-renew]").ClickAsync();
        var renewed = today.AddMonths(18).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await page.Locator("[data-testid=protection-renew-until]").FillAsync(renewed);
        await page.Locator("[data-testid=protection-renew-save]").ClickAsync();
        await Expect(page.GetByText("Begrundelsen skal udfyldes.")).ToBeVisibleAsync();
        await page.Locator("[data-testid=protection-renew-reason]").FillAsync("Fornyet, set i CPR-registret.");
        await page.Locator("[data-testid=protection-renew-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=protection-until]")).ToHaveTextAsync(renewed);
        await Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync($"Beskyttelsen er fornyet i CPR-registret til og med {renewed}");
        await PortalAppFixture.ScreenshotAsync(page, "protection-renewed");
    }

    private Task<int> DeniedAsync(string username, int caseId) =>
        app.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Actor == username && e.CaseId == caseId && e.Action.EndsWith(".denied")));
}
