using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Domain.Cases;
using Portal.Domain.Referrals;
using Portal.Tests.Documents;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public class ReferralTests(PortalAppFixture app)
{
    private static string Date(DateTime date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    private Task<byte[]> BodyAsync(IAPIResponse response) => response.BodyAsync();

    [Fact]
    public async Task A_contact_person_records_consent_and_sends_to_the_police_who_mark_it_received()
    {
        var fatima = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "kontaktperson.fatima"));
        var c = await app.QueryAsync(db => db.Cases.Include(x => x.Citizen)
            .Where(x => x.ContactPersonId == fatima.Id && x.Status != CaseStatus.Afsluttet && x.Citizen.Cpr != null && x.Citizen.Phone != null)
            .Where(x => !db.Consents.Any(k => k.CaseId == x.Id) && !db.Referrals.Any(r => r.CaseId == x.Id))
            .OrderBy(x => x.Id).FirstAsync());
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "kontaktperson.fatima", $"/sager/{c.Id}/henvisninger");

        var form = page.Locator("[data-testid=referral-form]");
        await form.Locator("[data-testid=referral-recipient]").GetByText("Politiet", new() { Exact = true }).ClickAsync();
        await page.Locator("[data-testid=referral-purpose]").FillAsync("Borgeren vil anmelde stalking og ønsker en fast kontakt hos politiet.");
        await form.Locator("[data-testid=referral-items] [data-item=Navn]").GetByText("Navn", new() { Exact = true }).ClickAsync();
        await form.Locator("[data-testid=referral-items] [data-item=Telefon]").GetByText("Telefonnummer").ClickAsync();
        await Expect(page.Locator("[data-testid=basis-status]")).ToHaveAttributeAsync("data-allowed", "false");

        // No consent yet: the portal refuses and says why, beside the choice of basis.
        await page.Locator("[data-testid=referral-send]").ClickAsync();
        await Expect(page.Locator("[data-testid=basis-error]")).ToContainTextAsync(SharingRule.NoConsent);
        await Expect(page.Locator("[data-testid=referral-message]")).ToContainTextAsync("Henvisningen er ikke sendt");
        Assert.False(await app.QueryAsync(db => db.Referrals.AnyAsync(r => r.CaseId == c.Id)));
        await PortalAppFixture.ScreenshotAsync(page, "referral-refused");

        await page.Locator("[data-testid=consent-new]").ClickAsync();
        var consent = page.Locator("[data-testid=consent-form]");
        await consent.Locator("[data-testid=consent-items] [data-item=Navn]").GetByText("Navn", new() { Exact = true }).ClickAsync();
        await consent.Locator("[data-testid=consent-items] [data-item=Telefon]").GetByText("Telefonnummer").ClickAsync();
        await consent.Locator("[data-testid=consent-items] [data-item=Haendelseslog]").GetByText("Hændelseslog").ClickAsync();
        await consent.Locator("[data-testid=consent-recipients]").GetByText("Politiet", new() { Exact = true }).ClickAsync();
        await consent.Locator("[data-testid=consent-method]").GetByText("Mundtligt").ClickAsync();
        await page.Locator("[data-testid=consent-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=consent]")).ToHaveAttributeAsync("data-state", "gyldigt");

        await Expect(page.Locator("[data-testid=basis-status]")).ToHaveAttributeAsync("data-allowed", "true");
        await page.Locator("[data-testid=referral-send]").ClickAsync();
        await Expect(page.Locator("[data-testid=referral-sent]")).ToBeVisibleAsync();
        var card = page.Locator("[data-testid=case-referrals] [data-testid=referral]");
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card.Locator("[data-testid=referral-status]")).ToHaveAttributeAsync("data-status", "Sendt");
        await Expect(card.Locator("[data-testid=referral-basis]")).ToContainTextAsync("samtykke (mundtligt)");
        await PortalAppFixture.ScreenshotAsync(page, "case-referrals");

        var referral = await app.QueryAsync(db => db.Referrals.SingleAsync(r => r.CaseId == c.Id));
        Assert.Equal((RecipientKind.Politi, ReferralStatus.Sendt), (referral.Recipient, referral.Status));
        Assert.Equal([SharedItem.Navn, SharedItem.Telefon], referral.Items);

        // The letter holds the shared items and nothing else.
        var response = await page.APIRequest.GetAsync($"{app.BaseUrl}/henvisninger/{referral.Id}/brev.pdf");
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.Equal("no-store", response.Headers["cache-control"]);
        Assert.StartsWith("inline", response.Headers["content-disposition"]);
        var pdf = await BodyAsync(response);
        await File.WriteAllBytesAsync(Path.Combine(Path.GetTempPath(), "referral-letter.pdf"), pdf);
        var text = PdfReading.Phrases(PdfReading.AllWords(pdf));
        Assert.Contains($" {c.Citizen.Name} ", text);
        Assert.Contains($" {c.Citizen.Phone} ", text);
        Assert.DoesNotContain(c.Citizen.Cpr!, text);
        Assert.DoesNotContain(c.Citizen.Address!.Split(' ')[0], text);
        Assert.DoesNotContain("Hændelseslog", text);

        // The police officer sees it in the list of police referrals and marks it received, then accepted.
        var police = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(police, "politi.jens", "/henvisninger");
        await police.Locator($"[data-testid=referral-open][data-referral-id='{referral.Id}']").ClickAsync();
        var detail = police.Locator("[data-testid=referral-detail]");
        await Expect(detail.Locator("[data-testid=referral-shared]")).ToContainTextAsync(c.Citizen.Name);
        await Expect(detail.Locator("[data-testid=referral-shared]")).Not.ToContainTextAsync(c.Citizen.Cpr!);
        await detail.Locator("[data-testid=referral-to-Modtaget]").ClickAsync();
        await Expect(detail.Locator("[data-testid=referral-status]")).ToHaveAttributeAsync("data-status", "Modtaget");
        await detail.Locator("[data-testid=referral-note]").FillAsync("Anmeldelsen er optaget. Kontakt: vagthavende.");
        await detail.Locator("[data-testid=referral-to-Accepteret]").ClickAsync();
        await Expect(detail.Locator("[data-testid=referral-status]")).ToHaveAttributeAsync("data-status", "Accepteret");
        await Expect(detail.Locator("[data-testid=referral-history]")).ToContainTextAsync("Jens Kragh");
        await PortalAppFixture.ScreenshotAsync(police, "police-referrals");

        var changes = await app.QueryAsync(db => db.Referrals.Where(r => r.Id == referral.Id).SelectMany(r => r.Changes).OrderBy(x => x.Id).ToListAsync());
        Assert.Equal([ReferralStatus.Sendt, ReferralStatus.Modtaget, ReferralStatus.Accepteret], changes.Select(x => x.To));
        Assert.Equal(["Fatima Hassan", "Jens Kragh", "Jens Kragh"], changes.Select(x => x.ByName));
        Assert.True(await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "referral.print" && a.Actor == "kontaktperson.fatima")));

        // The police may not open the case itself, nor a letter to another recipient.
        var elsewhere = await app.QueryAsync(db => db.Referrals.Where(r => r.Recipient == RecipientKind.DanskStalkingCenter).Select(r => r.Id).FirstAsync());
        Assert.Equal(404, (await police.APIRequest.GetAsync($"{app.BaseUrl}/henvisninger/{elsewhere}/brev.pdf")).Status);
        Assert.Equal(200, (await police.APIRequest.GetAsync($"{app.BaseUrl}/henvisninger/{referral.Id}/brev.pdf")).Status);
        await police.GotoAsync($"/sager/{c.Id}/henvisninger");
        await Expect(police.GetByRole(AriaRole.Heading, new() { Name = "Ingen adgang" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_referral_past_its_deadline_is_red_on_the_owners_overview_the_list_and_the_case()
    {
        // Demo data: Sofie's referral to the police was sent 21 days ago and nobody has acknowledged it.
        var sofie = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "kontaktperson.sofie"));
        var overdue = await app.QueryAsync(db => db.Referrals
            .Where(r => r.Status == ReferralStatus.Sendt && db.Cases.Any(c => c.Id == r.CaseId && c.ContactPersonId == sofie.Id))
            .ToListAsync());
        var referral = overdue.Where(r => r.IsOverdue(DateTimeOffset.UtcNow)).OrderBy(r => r.Id).First();
        var caseNumber = await app.QueryAsync(db => db.Cases.Where(c => c.Id == referral.CaseId).Select(c => c.CaseNumber).SingleAsync());

        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "kontaktperson.sofie");
        var alert = page.Locator("[data-testid=overdue-referrals]");
        await Expect(alert).ToContainTextAsync("Henvisninger over fristen");
        await Expect(alert.Locator($"li[data-referral-id='{referral.Id}']")).ToContainTextAsync(caseNumber);
        await Expect(alert).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-alert-filled-error|mud-alert-text-error"));
        await PortalAppFixture.ScreenshotAsync(page, "overview-overdue-referrals");

        await page.GotoAsync("/henvisninger");
        await PortalAppFixture.WaitUntilInteractiveAsync(page);
        var row = page.Locator("[data-testid=referral-list] tbody tr", new() { Has = page.Locator($"[data-referral-id='{referral.Id}']") });
        await Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("portal-row-overdue"));
        await Expect(row).ToHaveCSSAsync("background-color", "rgb(253, 236, 234)");
        await Expect(row.Locator("[data-testid=referral-overdue]")).ToContainTextAsync("Over fristen");
        await PortalAppFixture.ScreenshotAsync(page, "referral-list");

        await page.GotoAsync($"/sager/{referral.CaseId}/henvisninger");
        await PortalAppFixture.WaitUntilInteractiveAsync(page);
        await Expect(page.Locator("[data-testid=case-overdue-referrals]")).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-testid=referral][data-referral-id='{referral.Id}']")).ToHaveAttributeAsync("data-overdue", "true");
    }

    [Fact]
    public async Task The_police_record_a_restraining_order_and_a_breach_on_a_referred_case()
    {
        var referral = await app.QueryAsync(db => db.Referrals
            .Where(r => r.Recipient == RecipientKind.Politi && r.Status == ReferralStatus.Sendt).OrderBy(r => r.Id).FirstAsync());
        var before = await app.QueryAsync(db => db.RestrainingOrders.CountAsync(o => o.CaseId == referral.CaseId));
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "politi.jens", "/henvisninger");
        await page.Locator($"[data-testid=referral-open][data-referral-id='{referral.Id}']").ClickAsync();

        var orders = page.Locator("[data-testid=referral-detail] [data-testid=restraining-orders]");
        await orders.Locator("[data-testid=order-new]").ClickAsync();
        await orders.Locator("[data-testid=order-kind]").GetByText("Opholdsforbud").ClickAsync();
        await orders.Locator("[data-testid=order-from]").FillAsync(Date(DateTime.Today.AddDays(-7)));
        await orders.Locator("[data-testid=order-to]").FillAsync(Date(DateTime.Today.AddDays(-8)));
        await orders.Locator("[data-testid=order-save]").ClickAsync();
        await Expect(orders.GetByText("Udløbsdatoen skal ligge efter startdatoen.")).ToBeVisibleAsync();
        Assert.Equal(before, await app.QueryAsync(db => db.RestrainingOrders.CountAsync(o => o.CaseId == referral.CaseId)));

        await orders.Locator("[data-testid=order-to]").FillAsync(Date(DateTime.Today.AddYears(1)));
        await orders.Locator("[data-testid=order-save]").ClickAsync();
        var order = orders.Locator("[data-testid=order]", new() { HasText = "Opholdsforbud" });
        await Expect(order).ToContainTextAsync("Gælder");

        await order.Locator("[data-testid=breach-new]").ClickAsync();
        await order.Locator("[data-testid=breach-description]").FillAsync("Opholdt sig ved borgerens arbejdsplads.");
        await order.Locator("[data-testid=breach-save]").ClickAsync();
        await Expect(order.Locator("[data-testid=breaches]")).ToContainTextAsync("Opholdt sig ved borgerens arbejdsplads.");
        await PortalAppFixture.ScreenshotAsync(page, "police-restraining-order");

        var saved = await app.QueryAsync(db => db.RestrainingOrders.Include(o => o.Breaches)
            .SingleAsync(o => o.CaseId == referral.CaseId && o.Kind == RestrainingOrderKind.Opholdsforbud));
        Assert.Equal(("Jens Kragh", 1), (saved.RecordedByName, saved.Breaches.Count));
    }

    [Fact]
    public async Task The_referral_pages_pass_wcag_checks()
    {
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };
        async Task AssertNoViolationsAsync(IPage page)
        {
            var result = await page.RunAxe(options);
            Assert.NotEmpty(result.Passes);
            Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }

        var sofie = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "kontaktperson.sofie"));
        var caseId = await app.QueryAsync(db => db.Referrals.Where(r => db.Cases.Any(c => c.Id == r.CaseId && c.ContactPersonId == sofie.Id))
            .Select(r => r.CaseId).FirstAsync());
        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "kontaktperson.sofie", $"/sager/{caseId}/henvisninger");
        await page.Locator("[data-testid=case-referrals] [data-testid=referral]").First.WaitForAsync();
        await AssertNoViolationsAsync(page);

        var police = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(police, "politi.jens", "/henvisninger");
        await police.Locator("[data-testid=referral-open]").First.ClickAsync();
        await police.Locator("[data-testid=referral-detail]").WaitForAsync();
        await AssertNoViolationsAsync(police);
    }
}
