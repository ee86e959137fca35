using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.Domain.Cases;
using Portal.Domain.Dashboards;
using Portal.Domain.Staff;
using Portal.Features.Dashboards;
using Portal.Features.Inquiries;

namespace Portal.Tests.Data;

public class DashboardServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private DashboardService _service = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var inquiries = new InquiryService(_database, _database.Gate, _database.Audit, _database.Time, new ConfigurationBuilder().Build());
        _service = new DashboardService(_database, _database.Audit, _database.Time, inquiries);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static DashboardFilter Year(int year) => new(ReportPeriod.Containing(PeriodKind.Aar, new DateOnly(year, 6, 1)));

    [Fact]
    public async Task The_figures_count_what_the_database_holds()
    {
        var hanne = await _database.StaffAsync("leder.hanne");
        var data = await _service.LoadAsync(Year(2026), hanne);
        Assert.NotNull(data);

        await using var db = _database.CreateDbContext();
        var (start, end) = data.Filter.Period.Instants();
        var inquiries = await db.Inquiries.Where(i => i.OrganisationId == hanne.OrganisationId && i.ReceivedAt >= start && i.ReceivedAt < end).CountAsync();
        Assert.True(inquiries > 5, "the demo year has inquiries");
        Assert.Equal(inquiries, data.Volume.Total);
        var open = await db.Cases.Where(c => c.OrganisationId == hanne.OrganisationId && c.Status != CaseStatus.Afsluttet).CountAsync();
        Assert.Equal(open, data.Risk.OpenByLevel.Values.Sum() + data.Risk.OpenUnassessed);
        var opened = await db.Cases.Where(c => c.OrganisationId == hanne.OrganisationId && c.OpenedAt >= start && c.OpenedAt < end).CountAsync();
        Assert.Equal(opened, data.Repeat.NewCases);
        Assert.Equal(await db.Inquiries.Where(i => i.OrganisationId == hanne.OrganisationId && i.ReceivedAt >= start && i.ReceivedAt < end && i.TakenAt != null).CountAsync(),
            data.Speed.ToTaken.Count);
        Assert.Contains(data.Load, l => l.Name == "Sofie Bak" && l.OpenCases == db.Cases.Count(c => c.ContactPersonId == l.StaffId && c.Status != CaseStatus.Afsluttet));
        Assert.Contains(data.Training, t => t.Trained > 0);
        Assert.Equal("2025", data.Filter.Period.Previous().Label);
    }

    [Fact]
    public async Task A_leder_sees_only_their_own_municipality_whatever_the_filter_asks()
    {
        var hanne = await _database.StaffAsync("leder.hanne");
        var data = await _service.LoadAsync(Year(2026) with { OrganisationId = 2 }, hanne);
        Assert.Equal(hanne.OrganisationId, data!.Filter.OrganisationId);
        Assert.Null(await _service.LoadAsync(Year(2026), await _database.StaffAsync("kontaktperson.sofie")));
    }

    [Fact]
    public async Task No_table_or_export_holds_a_citizens_name_cpr_or_address()
    {
        var admin = await _database.StaffAsync("administrator.per");
        var data = await _service.LoadAsync(Year(2026), admin);
        await using var db = _database.CreateDbContext();
        var citizens = await db.Citizens.AsNoTracking().Select(c => new { c.Name, c.Cpr, c.Address }).ToListAsync();
        var text = new StringBuilder();
        foreach (var table in DashboardTables.All(data!))
        {
            text.AppendLine(Encoding.UTF8.GetString(table.ToCsv()));
        }
        var pdf = DashboardPdf.Render(data!, admin.Name, _database.Time.GetUtcNow(), null);
        if (Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS") is { Length: > 0 } folder)
            await File.WriteAllBytesAsync(Path.Combine(Directory.CreateDirectory(folder).FullName, "ledelsesrapport.pdf"), pdf);
        text.AppendLine(Portal.Tests.Documents.PdfReading.LogicalText(pdf));
        var all = text.ToString();
        Assert.All(citizens, c =>
        {
            Assert.False(all.Contains(c.Name, StringComparison.OrdinalIgnoreCase), $"a citizen's name is in the figures: {c.Name}");
            if (c.Cpr is { } cpr) Assert.False(all.Contains(cpr, StringComparison.Ordinal), "a CPR number is in the figures");
            if (c.Address is { } address) Assert.False(all.Contains(address, StringComparison.OrdinalIgnoreCase), "an address is in the figures");
        });
        Assert.Contains("Sofie Bak", all); // staff names are in the load table: they are colleagues
    }

    [Fact]
    public async Task Reading_and_exporting_the_figures_is_audited_with_the_filter()
    {
        var hanne = await _database.StaffAsync("leder.hanne");
        var data = await _service.LoadAsync(Year(2025), hanne);
        await _service.RecordExportAsync(hanne, "Ledelsesrapport (PDF)", data!);
        await using var db = _database.CreateDbContext();
        var entries = await db.AuditEntries.Where(a => a.Actor == hanne.Username).OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal(["dashboard.read", "dashboard.export"], entries.TakeLast(2).Select(e => e.Action));
        Assert.Equal("Ledelsesrapport (PDF) hentet: 2025 · Esbjerg Kommune.", entries[^1].Details);
    }
}
