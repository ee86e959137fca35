using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Domain.Cases;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public class VisitationTests(PortalAppFixture app)
{
    internal static ILocator Step(IPage page) => page.Locator("[data-testid=step-title]");

    internal static Task ChooseAsync(IPage page, string group, string label) =>
        page.Locator($"[data-testid={group}]").GetByText(label, new() { Exact = true }).ClickAsync();

    internal static Task NextAsync(IPage page) => page.Locator("[data-testid=flow-next]").ClickAsync();

    private static async Task StepsOneToThreeAsync(IPage page)
    {
        await Expect(Step(page)).ToHaveTextAsync("Sikkerhed nu");
        await ChooseAsync(page, "in-danger", "Nej");
        await ChooseAsync(page, "safe-to-talk", "Ja");
        await NextAsync(page);

        await Expect(Step(page)).ToHaveTextAsync("Det der sker");
        await ChooseAsync(page, "behaviours", "Opkald, også fra skjult nummer");
        await ChooseAsync(page, "behaviours", "Venter uden for hjemmet");
        await page.Locator("[data-testid=behaviour-notes]").FillAsync("Han ringer om natten og står ved opgangen.");
        await NextAsync(page);

        await Expect(Step(page)).ToHaveTextAsync("Hvor længe og hvor tit");
        await page.Locator("[data-testid=since]").FillAsync(DateTime.Today.AddDays(-60).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await ChooseAsync(page, "frequency", "Hver dag eller flere gange dagligt");
        await NextAsync(page);
        await Expect(Step(page)).ToHaveTextAsync("Relationen");
    }

    [Fact]
    public async Task A_concern_is_taken_from_the_inbox_and_visited_in_ten_steps()
    {
        var citizen = $"Birgitte Test {Guid.NewGuid().ToString("N")[..6]}";
        var fagperson = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(fagperson, "fagperson.ali", "/bekymring/ny");
        await ChooseAsync(fagperson, "in-danger", "Nej");
        await fagperson.Locator("[data-testid=concern-citizen]").FillAsync(citizen);
        await fagperson.Locator("[data-testid=concern-channel]").ClickAsync();
        await fagperson.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Jobcenter" }).ClickAsync();
        await fagperson.Locator("[data-testid=concern-description]").FillAsync("Hun fortæller, at ekskæresten følger efter hende hver dag.");
        await ChooseAsync(fagperson, "citizen-knows", "Ja");
        await fagperson.Locator("[data-testid=concern-send]").ClickAsync();
        await Expect(fagperson.Locator("[data-testid=concern-receipt]")).ToContainTextAsync("Din bekymring er modtaget");

        var page = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(page, "visitator.mette", "/indbakke");
        // The inbox shows initials, not the name: find the concern by its id.
        var inquiryId = await app.QueryAsync(db => db.Inquiries.Where(i => i.CitizenName == citizen).Select(i => i.Id).SingleAsync());
        var item = page.Locator($".portal-inbox-item[data-inquiry='{inquiryId}']");
        await Expect(item).ToContainTextAsync("Bekymring");
        await PortalAppFixture.ScreenshotAsync(page, "inbox");
        await item.Locator("[data-testid=take-new]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sager/\\d+/visitation$"));
        var caseId = int.Parse(page.Url.Split('/')[^2], CultureInfo.InvariantCulture);
        await StepsOneToThreeAsync(page);

        await ChooseAsync(page, "relation", "Tidligere partner eller kæreste");
        await NextAsync(page);
        await Expect(Step(page)).ToHaveTextAsync("Konsekvenser");
        await ChooseAsync(page, "consequences", "Er bange eller utryg");
        await NextAsync(page);

        await Expect(Step(page)).ToHaveTextAsync("Risikoscreening");
        await NextAsync(page); // nothing answered: refused with a message per item
        await Expect(page.GetByText("Vælg et svar.").First).ToBeVisibleAsync();
        var items = page.Locator("[data-testid=screening] > li");
        var count = await items.CountAsync();
        for (var i = 0; i < count; i++)
            await items.Nth(i).GetByText(i is 0 or 3 or 5 ? "Ja" : "Nej", new() { Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-testid=screening-result]")).ToContainTextAsync("Risiko: Middel");
        await PortalAppFixture.ScreenshotAsync(page, "visitation-screening");
        await NextAsync(page);

        await Expect(Step(page)).ToHaveTextAsync("Vurdering");
        await Expect(page.Locator("[data-testid=suggestion]")).ToContainTextAsync("Ja, det er stalking");
        await ChooseAsync(page, "is-stalking", "Ja, det er stalking");
        await page.Locator("[data-testid=assessment-reason]").FillAsync("Gentagne opkald og opsøgning i to måneder; borgeren er bange.");
        await NextAsync(page);

        await Expect(Step(page)).ToHaveTextAsync("Råd og vejledning");
        await ChooseAsync(page, "advice", "Før en hændelseslog med dato, tid og hvad der skete");
        await NextAsync(page);

        await Expect(Step(page)).ToHaveTextAsync("Videre forløb");
        await ChooseAsync(page, "next-steps", "Dansk Stalking Centers telefonrådgivning");
        await NextAsync(page);
        await Expect(page.GetByText("Dansk Stalking Center kan kun få borgerens kontaktoplysninger med borgerens samtykke.")).ToBeVisibleAsync();
        await page.Locator("[data-testid=consent-dsc]").CheckAsync();
        await ChooseAsync(page, "next-steps", "Kommunalt forløb med fast kontaktperson");
        await NextAsync(page);

        await Expect(Step(page)).ToHaveTextAsync("Opsummering");
        await Expect(page.Locator("[data-testid=visitation-summary]")).ToContainTextAsync("niveau Middel");
        await PortalAppFixture.ScreenshotAsync(page, "visitation-summary");
        await page.Locator("[data-testid=flow-finish]").ClickAsync();

        await Expect(page).ToHaveURLAsync($"{app.BaseUrl}/sager/{caseId}");
        await Expect(page.Locator("[data-testid=case-citizen]")).ToHaveTextAsync(citizen);
        await Expect(page.Locator("[data-testid=risk-level]")).ToHaveTextAsync("Risiko: Middel");
        await Expect(page.GetByText("Visiteret").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("Stalkingvisitation – opsummering");
        await PortalAppFixture.ScreenshotAsync(page, "visited-case");

        var stored = await app.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        Assert.Equal(CaseStatus.Visiteret, stored.Status);
        Assert.Equal(CaseKind.Stalking, stored.Kind);
        Assert.Equal("stalking-screening v1", stored.RiskInstrument);

        await fagperson.GotoAsync("/bekymring");
        await PortalAppFixture.WaitUntilInteractiveAsync(fagperson);
        var receipt = fagperson.Locator("[data-testid=my-concerns] tbody tr", new() { HasText = citizen });
        await Expect(receipt).ToContainTextAsync("Mette Lund");
        Assert.DoesNotContain("to måneder", await fagperson.ContentAsync());
    }

    [Fact]
    public async Task A_closed_browser_resumes_at_the_same_step_with_the_answers()
    {
        var target = await app.QueryAsync(db => db.Cases.Where(c => c.Status == CaseStatus.Modtaget)
            .Where(c => !db.VisitationDrafts.Any(v => v.CaseId == c.Id)).OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
        var first = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(first, "visitator.karsten", $"/sager/{target}/visitation");
        await StepsOneToThreeAsync(first);
        await ChooseAsync(first, "relation", "Kollega, studiekammerat eller kunde");
        await app.UntilSavedAsync(async db => (await db.VisitationDrafts.AsNoTracking().SingleAsync(v => v.CaseId == target)).ReadAnswers().Relation == "kollega",
            "the chosen relation in the draft");
        await Expect(first.Locator("[data-testid=draft-status]")).ToContainTextAsync("Kladde gemt");
        await first.Context.Browser!.Contexts.First(c => c == first.Context).CloseAsync();

        var second = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(second, "visitator.karsten", $"/sager/{target}/visitation");
        await Expect(Step(second)).ToHaveTextAsync("Relationen");
        await Expect(second.Locator("[data-testid=relation]").GetByRole(AriaRole.Radio, new() { Name = "Kollega, studiekammerat eller kunde" })).ToBeCheckedAsync();

        await second.Locator("[data-testid=flow-back]").ClickAsync();
        await Expect(Step(second)).ToHaveTextAsync("Hvor længe og hvor tit");
        await Expect(second.Locator("[data-testid=since]")).ToHaveValueAsync(DateTime.Today.AddDays(-60).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await second.Locator("[data-testid=flow-back]").ClickAsync();
        await Expect(second.Locator("[data-testid=behaviour-notes]")).ToHaveValueAsync("Han ringer om natten og står ved opgangen.");
    }

    [Fact]
    public async Task A_colleague_asks_for_sparring_and_the_answer_lands_in_the_case_journal()
    {
        var sofie = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "kontaktperson.sofie"));
        var caseId = await app.QueryAsync(db => db.Cases.Where(c => c.ContactPersonId == sofie.Id).OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
        var question = $"Skal vi anbefale tilhold nu? ({Guid.NewGuid().ToString("N")[..6]})";

        var asker = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(asker, "kontaktperson.sofie", $"/sager/{caseId}");
        await asker.Locator("[data-testid=consultation-question]").FillAsync(question);
        await asker.Locator("[data-testid=consultation-ask]").ClickAsync();
        await Expect(asker.Locator("[data-testid=consultation-sent]")).ToBeVisibleAsync();

        var visitator = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(visitator, "visitator.karsten", "/indbakke");
        var card = visitator.Locator("[data-consultation]", new() { HasText = question });
        await card.Locator("[data-testid=consultation-answer]").FillAsync("Ja, når hændelsesloggen viser gentagne brud.");
        await card.Locator("[data-testid=consultation-send]").ClickAsync();
        await Expect(visitator.Locator("[data-consultation]", new() { HasText = question })).ToHaveCountAsync(0);

        await asker.ReloadAsync();
        await PortalAppFixture.WaitUntilInteractiveAsync(asker);
        var note = asker.Locator("[data-testid=timeline] li").First;
        await Expect(note).ToContainTextAsync("Sparring med Karsten Holm");
        await Expect(note).ToContainTextAsync(question);
        await Expect(note).ToContainTextAsync("Ja, når hændelsesloggen viser gentagne brud.");
    }
}
