using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Domain.Cases;
using Portal.Domain.Referrals;
using Portal.Domain.Staff;
using Portal.Features.Referrals;
using Portal.Tests.Data;
using static Portal.Tests.Domain.ReferralTestData;

namespace Portal.Tests.Components;

/// <summary>Not on <see cref="ComponentTestBase"/>: the service needs a database registered before the first render.</summary>
public class ConsentsPanelTests : BunitContext, IAsyncLifetime
{
    private TestDatabase _database = null!;
    private StaffMember _jonas = null!;
    private int _caseId;

    async Task IAsyncLifetime.InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton(new ConsentService(_database.Gate, _database.Time));
        Render<MudBlazor.MudPopoverProvider>();
        _jonas = await _database.StaffAsync("raadgiver.jonas");
        await using var db = _database.CreateDbContext();
        _caseId = await db.Cases.Where(c => c.ContactPersonId == _jonas.Id && c.Status == CaseStatus.IForloeb).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<ConsentsPanel> Panel(IReadOnlyList<Consent> consents, bool canChange = true) => Render<ConsentsPanel>(p => p
        .Add(x => x.CaseId, _caseId).Add(x => x.Consents, consents).Add(x => x.CanChange, canChange)
        .Add(x => x.Staff, _jonas).Add(x => x.Today, Today));

    [Fact]
    public void Each_consent_shows_the_state_the_domain_gives_it()
    {
        var withdrawn = Consent([RecipientKind.Politi], [SharedItem.Navn]);
        withdrawn.Withdraw(Sofie, Portal.Tests.Domain.TestData.Now);
        var consents = new[]
        {
            Consent([RecipientKind.Politi], [SharedItem.Navn]),
            Consent([RecipientKind.Politi], [SharedItem.Navn], given: Today.AddDays(-60), until: Today.AddDays(-1)),
            withdrawn,
        };

        var panel = Panel(consents, canChange: false);

        var items = panel.FindAll("[data-testid=consent]");
        Assert.Equal(["gyldigt", "udloebet", "trukket-tilbage"], items.Select(i => i.GetAttribute("data-state")));
        Assert.Equal(["Gyldigt", "Udløbet", "Trukket tilbage"], items.Select(i => i.QuerySelector(".mud-chip")!.TextContent.Trim()));
        Assert.Empty(panel.FindAll("[data-testid=consent-new]"));
        Assert.Empty(panel.FindAll("[data-testid=consent-withdraw]"));
    }

    [Fact]
    public async Task An_empty_consent_form_is_refused_in_Danish_and_saves_nothing()
    {
        var panel = Panel([]);
        panel.Find("[data-testid=consent-new]").Click();

        panel.Find("[data-testid=consent-save]").Click();

        panel.WaitForAssertion(() => Assert.Contains("Vælg de oplysninger, borgeren giver samtykke til at dele.", panel.Markup));
        Assert.Contains("Vælg, hvem oplysningerne må deles med.", panel.Markup);
        Assert.Contains("Angiv, om samtykket er givet mundtligt eller skriftligt.", panel.Markup);
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Consents.AnyAsync(c => c.CaseId == _caseId));
    }
}
