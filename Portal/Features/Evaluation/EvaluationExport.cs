using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.Dashboards;
using Portal.Features.Dashboards;
using Portal.Security;

namespace Portal.Features.Evaluation;

public sealed record EvaluationFile(byte[] Csv, int Rows, string FileName);

/// <summary>
/// The anonymised per-case export for an external evaluator (<see cref="EvaluationColumns"/>): cases opened in the
/// period, read in batches so a large export shows progress and can be cancelled. Audited with who, filter and rows.
/// </summary>
public sealed class EvaluationExport(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit)
{
    public const int BatchSize = 2000;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public async Task<EvaluationFile?> RunAsync(DashboardFilter requested, Domain.Staff.StaffMember staff, IProgress<double>? progress = null,
        CancellationToken ct = default)
    {
        if (!DashboardService.MayRead(staff)) return null;
        var filter = DashboardService.Restrict(requested, staff) with { Department = null };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (start, end) = filter.Period.Instants();
        var cases = db.Cases.AsNoTracking().IgnoreAutoIncludes().Where(c => c.OpenedAt >= start && c.OpenedAt < end);
        if (filter.OrganisationId is { } org) cases = cases.Where(c => c.OrganisationId == org);
        var ids = await cases.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var orgName = filter.OrganisationId is { } id ? organisations.GetValueOrDefault(id, "Ukendt kommune") : "Alle kommuner";

        var rows = new List<(string Id, string Line)>(ids.Count);
        try
        {
            foreach (var batch in ids.Chunk(BatchSize))
            {
                ct.ThrowIfCancellationRequested();
                rows.AddRange(await RowsAsync(db, batch, organisations, ct));
                progress?.Report((double)rows.Count / ids.Count);
            }
        }
        catch (OperationCanceledException)
        {
            await audit.RecordAsync(staff.Username, "evaluation.cancelled", null,
                $"Evalueringsudtræk afbrudt efter {rows.Count} af {ids.Count} sager: {filter.Describe(orgName)}.", CancellationToken.None);
            throw;
        }
        progress?.Report(1.0);

        var text = new StringBuilder();
        text.Append(SpreadsheetCell.Row(EvaluationColumns.Names)).Append("\r\n");
        // Sorted by the random id, so the order of rows says nothing about the order of cases.
        foreach (var row in rows.OrderBy(r => r.Id, StringComparer.Ordinal)) text.Append(row.Line).Append("\r\n");
        await audit.RecordAsync(staff.Username, "evaluation.export", null, $"Evalueringsudtræk: {rows.Count} sager, {filter.Describe(orgName)}.", ct);
        var csv = (byte[])[.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
        return new EvaluationFile(csv, rows.Count, $"evaluering-{filter.Period.From:yyyy-MM-dd}-{filter.Period.To:yyyy-MM-dd}.csv");
    }

    private static async Task<IEnumerable<(string, string)>> RowsAsync(PortalDbContext db, int[] batch, IReadOnlyDictionary<int, string> organisations,
        CancellationToken ct)
    {
        var cases = await db.Cases.AsNoTracking().IgnoreAutoIncludes().Where(c => batch.Contains(c.Id))
            .Select(c => new
            {
                c.Id, c.OrganisationId, c.OpenedAt, c.ClosedAt, c.Status, c.Outcome, c.Kind, c.EntryChannel, c.IsAcute,
                Repeat = c.RepeatOfCaseId != null, c.Citizen.BirthDate, c.Citizen.Cpr, Children = c.Citizen.Children.Any(),
                c.ChildrenDecision, c.RiskLevel, c.RiskInstrument, c.FirstInquiryAt, c.VisitedAt, c.ContactPersonAssignedAt,
            }).ToListAsync(ct);
        var referrals = (await db.Referrals.AsNoTracking().Where(r => batch.Contains(r.CaseId))
            .Select(r => new { r.CaseId, r.Recipient, r.Status, r.SentAt, r.AcknowledgedAt, r.DeadlineAt }).ToListAsync(ct))
            .ToLookup(r => r.CaseId);
        var zone = DanishTime.Zone;
        string Days(DateTimeOffset from, DateTimeOffset? to) => to is { } t ? WorkingDays.Between(from, t, zone).ToString(Invariant) : "";
        string Month(DateTimeOffset? at) => at is { } a ? TimeZoneInfo.ConvertTime(a, zone).ToString("yyyy-MM", Invariant) : "";
        string YesNo(bool b) => b ? "Ja" : "Nej";

        return cases.Select(c =>
        {
            var sent = referrals[c.Id].OrderBy(r => r.SentAt).ToList();
            var from = c.FirstInquiryAt ?? c.OpenedAt;
            var born = c.BirthDate ?? (c.Cpr is { } cpr && Cpr.TryParse(cpr, out var parsed, out _) ? (DateOnly?)parsed.BirthDate : null);
            var cells = new string?[]
            {
                organisations.GetValueOrDefault(c.OrganisationId, ""),
                Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant(),
                Month(c.OpenedAt),
                Month(c.ClosedAt),
                c.Status.Danish(),
                c.Outcome?.Danish(),
                c.Kind.Danish(),
                c.EntryChannel.Danish(),
                YesNo(c.IsAcute),
                YesNo(c.Repeat),
                AgeBand.Of(born, DanishTime.Today(c.OpenedAt)),
                YesNo(c.Children),
                c.ChildrenDecision?.ToString(),
                c.RiskLevel?.ToString(),
                c.RiskInstrument,
                sent.Count.ToString(Invariant),
                string.Join('|', sent.Select(r => $"{r.Recipient}:{r.Status}")),
                sent.Count(r => r.AcknowledgedAt is { } a && a <= r.DeadlineAt).ToString(Invariant),
                Days(from, c.OpenedAt),
                Days(from, c.VisitedAt),
                sent.Count > 0 ? Days(from, sent[0].SentAt) : "",
                Days(from, c.ContactPersonAssignedAt),
                c.ClosedAt is { } closed ? ((int)(closed - c.OpenedAt).TotalDays).ToString(Invariant) : "",
            };
            return (cells[1]!, SpreadsheetCell.Row(cells));
        });
    }

    /// <summary>The data dictionary as CSV: column, meaning.</summary>
    public static byte[] DictionaryCsv()
    {
        var text = new StringBuilder();
        text.Append(SpreadsheetCell.Row(["kolonne", "betydning"])).Append("\r\n");
        foreach (var (name, meaning) in EvaluationColumns.All) text.Append(SpreadsheetCell.Row([name, meaning])).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
