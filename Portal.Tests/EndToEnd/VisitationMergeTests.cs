using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Domain.Cases;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(PortalCollection.Name)]
public class VisitationMergeTests(PortalAppFixture app)
{
    private static Task ChooseAsync(IPage page, string group, string label) =>
        page.Locator($"[data-testid={group}]").GetByText(label, new() { Exact = true }).ClickAsync();

    [Fact]
    public async Task A_draft_saved_from_another_window_is_merged_field_by_field_and_nothing_typed_is_lost()
    {
        var mette = await app.QueryAsync(db => db.Staff.SingleAsync(s => s.Username == "visitator.mette"));
        var caseId = await app.QueryAsync(db => db.Cases.Where(c => c.Status == CaseStatus.Modtaget && c.OrganisationId == mette.OrganisationId
                && !db.VisitationDrafts.Any(v => v.CaseId == c.Id) && !c.Conflicts.Any(k => k.StaffMemberId == mette.Id))
            .OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());

        var first = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(first, "visitator.mette", $"/sager/{caseId}/visitation");
        await Expect(first.Locator("[data-testid=step-title]")).ToHaveTextAsync("Sikkerhed nu");
        var second = await app.NewPageAsync();
        await PortalAppFixture.SignInAsync(second, "visitator.mette", $"/sager/{caseId}/visitation");
        await Expect(second.Locator("[data-testid=step-title]")).ToHaveTextAsync("Sikkerhed nu");

        await ChooseAsync(first, "in-danger", "Nej");
        await first.Locator("[data-testid=whereabouts]").FillAsync("Hos sin søster");
        await Expect(first.Locator("[data-testid=draft-status]")).ToContainTextAsync("Kladde gemt");

        await second.Locator("[data-testid=whereabouts]").FillAsync("På arbejde i Esbjerg");
        await ChooseAsync(second, "safe-to-talk", "Nej");
        var merge = second.Locator("[data-testid=draft-merge]");
        await Expect(merge).ToBeVisibleAsync();
        await Expect(second.Locator("[data-testid=whereabouts]")).ToHaveValueAsync("På arbejde i Esbjerg"); // still on screen
        var place = merge.Locator("[data-field=CitizenWhereabouts]");
        await Expect(place).ToContainTextAsync("På arbejde i Esbjerg");
        await Expect(place).ToContainTextAsync("Hos sin søster");
        await Expect(place.Locator("[data-testid=merge-mine]")).ToBeCheckedAsync();
        await Expect(merge.Locator("[data-field=InDangerNow] [data-testid=merge-theirs]")).ToBeCheckedAsync(); // only the other changed it
        await PortalAppFixture.ScreenshotAsync(second, "visitation-merge");

        await merge.Locator("[data-testid=merge-save]").ClickAsync();
        await Expect(merge).ToHaveCountAsync(0);
        await Expect(second.Locator("[data-testid=draft-status]")).ToContainTextAsync("Kladde gemt");

        var saved = await app.QueryAsync(db => db.VisitationDrafts.AsNoTracking().SingleAsync(v => v.CaseId == caseId));
        var answers = saved.ReadAnswers();
        Assert.Equal(("På arbejde i Esbjerg", false, false), (answers.CitizenWhereabouts, answers.InDangerNow, answers.SafeToTalk));
    }
}
