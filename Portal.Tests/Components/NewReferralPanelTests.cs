using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Domain.Referrals;
using Portal.Domain.Staff;
using Portal.Features.Referrals;
using static Portal.Tests.Domain.ReferralTestData;

namespace Portal.Tests.Components;

/// <summary>
/// The live sharing rule on the form, before anything is sent. Not on <see cref="ComponentTestBase"/>: the service is
/// registered before the first render. Rendering reads only the deadline settings, so the service has no database.
/// </summary>
public class NewReferralPanelTests : BunitContext, IAsyncLifetime
{
    public NewReferralPanelTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        var config = new ConfigurationBuilder().Build();
        Services.AddSingleton(new ReferralService(null!, null!, TimeProvider.System, config, Municipality.From(config)));
        Render<MudBlazor.MudPopoverProvider>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services are async-disposable only.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private IRenderedComponent<NewReferralPanel> Panel(params Consent[] consents) => Render<NewReferralPanel>(p => p
        .Add(x => x.CaseId, CaseId).Add(x => x.Consents, consents).Add(x => x.Staff, Sofie).Add(x => x.Today, Today));

    private static void Choose(IRenderedComponent<NewReferralPanel> panel, RecipientKind recipient, SharedItem item)
    {
        panel.FindAll("[data-testid=referral-recipient] input")[Enum.GetValues<RecipientKind>().ToList().IndexOf(recipient)].Click();
        panel.Find($"[data-testid=referral-items] [data-item={item}] input").Change(true);
    }

    [Fact]
    public void A_consent_that_covers_the_recipient_and_items_is_shown_as_the_basis()
    {
        var panel = Panel(Consent([RecipientKind.Politi], [SharedItem.Navn], given: Today.AddDays(-3)));

        Choose(panel, RecipientKind.Politi, SharedItem.Navn);

        var status = panel.Find("[data-testid=basis-status]");
        Assert.Equal("true", status.GetAttribute("data-allowed"));
        Assert.Contains($"Samtykket fra {Today.AddDays(-3):dd-MM-yyyy} dækker modtageren og alle de valgte oplysninger.", status.TextContent);
    }

    [Fact]
    public void Without_a_covering_consent_the_form_says_why_and_marks_the_item()
    {
        var panel = Panel(Consent([RecipientKind.Krisecenter], [SharedItem.Navn]));

        Choose(panel, RecipientKind.Politi, SharedItem.Navn);

        var status = panel.Find("[data-testid=basis-status]");
        Assert.Equal("false", status.GetAttribute("data-allowed"));
        Assert.Contains("omfatter ikke Politiet.", status.TextContent);
        Assert.Equal("true", panel.Find("[data-testid=referral-items] [data-item=Navn]").GetAttribute("data-uncovered"));
    }
}
