using Bunit;
using Portal.Components.ContactPersons;

namespace Portal.Tests.Components;

public class WithdrawConflictFormTests : ComponentTestBase
{
    [Fact]
    public void Opens_a_reason_field_and_sends_what_was_typed()
    {
        var sent = new List<string?>();
        var form = Render<WithdrawConflictForm>(p => p
            .Add(x => x.Subject, "Karsten Holm")
            .Add(x => x.OnWithdraw, reason => { sent.Add(reason); return Task.CompletedTask; }));
        Assert.Empty(form.FindAll("[data-testid=conflict-withdraw-reason]"));
        Assert.Equal("Træk inhabilitet tilbage: Karsten Holm", form.Find("[data-testid=conflict-withdraw-open]").GetAttribute("aria-label"));

        form.Find("[data-testid=conflict-withdraw-open]").Click();
        Assert.Contains("Hvorfor er Karsten Holm ikke længere inhabil?", form.Markup);
        form.Find("[data-testid=conflict-withdraw] textarea").Change("Det var en anden med samme navn.");
        form.Find("[data-testid=conflict-withdraw-confirm]").Click();

        Assert.Equal(["Det var en anden med samme navn."], sent);
    }

    [Fact]
    public void Shows_the_servers_message_beside_the_reason()
    {
        var form = Render<WithdrawConflictForm>(p => p.Add(x => x.Subject, "sag 2026-0001").Add(x => x.ReasonLabel, "Hvorfor er du ikke længere inhabil?"));
        form.Find("[data-testid=conflict-withdraw-open]").Click();
        form.Render(p => p.Add(x => x.Error, "Begrundelsen skal udfyldes."));

        Assert.Contains("Hvorfor er du ikke længere inhabil?", form.Markup);
        Assert.Contains("Begrundelsen skal udfyldes.", form.Find("[data-testid=conflict-withdraw]").TextContent);
    }
}
