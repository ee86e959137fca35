using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Data;
using Portal.Features.AuditTrail;
using Portal.Security;
using Portal.Tests.Data;

namespace Portal.Tests.Components;

/// <summary>
/// Not on <see cref="ComponentTestBase"/>: its constructor renders, which closes the service container
/// before a database can be registered. The page needs no popovers.
/// </summary>
public class AuditTrailPageTests : BunitContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<IDbContextFactory<PortalDbContext>>(_database);
        Services.AddSingleton(_database.Audit);
        Services.AddScoped<CurrentStaff>();
        var auth = AddAuthorization();
        auth.SetAuthorized("administrator.per");
        auth.SetRoles("Administrator");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_audit_check_button_shows_an_intact_trail_and_records_the_check()
    {
        await _database.Audit.RecordAsync("visitator.mette", "case.read", 1, "Sag 1 åbnet.");
        var page = Render<AuditTrailPage>();

        page.Find("[data-testid=audit-verify]").Click();

        page.WaitForAssertion(() => Assert.Contains("Revisionssporet er intakt (1 poster)", page.Find("[data-testid=audit-result]").TextContent));
        await using var db = _database.CreateDbContext();
        Assert.Equal("audit.verify", await db.AuditEntries.OrderByDescending(e => e.Sequence).Select(e => e.Action).FirstAsync());
    }

    [Fact]
    public async Task The_audit_check_button_names_the_first_broken_entry()
    {
        await _database.Audit.RecordAsync("visitator.mette", "case.read", 1, "Sag 1 åbnet.");
        await _database.Audit.RecordAsync("visitator.mette", "case.note.add", 1, "Notat tilføjet.");
        await using (var db = _database.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Details\" = 'Intet.' WHERE \"Sequence\" = 2");
        var page = Render<AuditTrailPage>();

        page.Find("[data-testid=audit-verify]").Click();

        page.WaitForAssertion(() =>
        {
            var text = page.Find("[data-testid=audit-result]").TextContent;
            Assert.Contains("Revisionssporet er brudt ved post 2", text);
            Assert.Contains("case.note.add", text);
        });
    }
}
