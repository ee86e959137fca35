using System.Globalization;
using System.Text;
using Portal.Domain.Cases;
using Portal.Domain.Dashboards;
using Portal.Domain.Inquiries;
using Portal.Domain.Referrals;
using Portal.Domain.Risk;

namespace Portal.Features.Dashboards;

/// <summary>One table of figures, as the page, the PDF and the CSV file show it (cells already suppressed and formatted).</summary>
public sealed record DashboardTable(string Key, string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Semicolon-separated with a BOM, as Danish Excel opens it; every cell guarded against formulas.</summary>
    public byte[] ToCsv()
    {
        var text = new StringBuilder();
        text.Append(SpreadsheetCell.Row(Header)).Append("\r\n");
        foreach (var row in Rows) text.Append(SpreadsheetCell.Row(row)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}

/// <summary>The dashboard's tables: the one definition of what each section shows.</summary>
public static class DashboardTables
{
    private static readonly CultureInfo Danish = Portal.Components.Formatting.DanishFormat.Culture;

    private static string Count(int n) => SmallNumbers.Count(n);

    public static string Days(double? days) => days is { } d ? d.ToString("0.#", Danish) : "–";

    public static IReadOnlyList<DashboardTable> All(DashboardData d) =>
        [VolumeByKind(d), VolumeByChannel(d), Speed(d), Referrals(d), Closings(d), Risk(d), Load(d), LoadBands(d), Repeat(d), Training(d)];

    public static DashboardTable? Find(DashboardData d, string key) => All(d).FirstOrDefault(t => t.Key == key);

    public static readonly IReadOnlyList<string> Keys =
        ["volumen-type", "volumen-kanal", "hastighed", "henvisninger", "afslutninger", "risiko", "belastning", "belastning-baand", "gentagelser", "uddannelse"];

    public static DashboardTable VolumeByKind(DashboardData d)
    {
        var kinds = Enum.GetValues<InquiryKind>();
        var rows = d.Filter.Period.Months().Select(m =>
        {
            var month = d.Volume.Counts.Where(c => c.Month == m).ToList();
            return (IReadOnlyList<string>)[m.ToString("MMMM yyyy", Danish), .. kinds.Select(k => Count(month.Where(c => c.Kind == k).Sum(c => c.Count))),
                Count(month.Sum(c => c.Count))];
        }).ToList();
        rows.Add(["I alt", .. kinds.Select(k => Count(d.Volume.Counts.Where(c => c.Kind == k).Sum(c => c.Count))), Count(d.Volume.Total)]);
        rows.Add(["Forrige periode", .. kinds.Select(k => Count(d.PreviousVolume.Counts.Where(c => c.Kind == k).Sum(c => c.Count))), Count(d.PreviousVolume.Total)]);
        return new("volumen-type", "Nye henvendelser og bekymringer pr. måned og type", ["Måned", .. kinds.Select(k => k.Danish()), "I alt"], rows);
    }

    public static DashboardTable VolumeByChannel(DashboardData d)
    {
        var rows = Enum.GetValues<EntryChannel>().Select(ch =>
        {
            var n = d.Volume.Counts.Where(c => c.Channel == ch).Sum(c => c.Count);
            var before = d.PreviousVolume.Counts.Where(c => c.Channel == ch).Sum(c => c.Count);
            return (IReadOnlyList<string>)[ch.Danish(), Count(n), SmallNumbers.Percent(n, d.Volume.Total), Count(before)];
        }).ToList();
        rows.Add(["Heraf fra bekymringer (opsporing)", Count(d.Volume.FromConcerns), SmallNumbers.Percent(d.Volume.FromConcerns, d.Volume.Total),
            Count(d.PreviousVolume.FromConcerns)]);
        return new("volumen-kanal", "Indgang: hvor henvendelserne kom fra", ["Indgang", "Antal", "Andel", "Forrige periode"], rows);
    }

    public static DashboardTable Speed(DashboardData d)
    {
        IReadOnlyList<string> Row(string label, Distribution now, Distribution before) =>
            [label, Count(now.Count), Days(now.Median), now.P90 is { } p ? p.ToString(Danish) : "–", Days(before.Median)];
        return new("hastighed", "Hastighed i arbejdsdage fra henvendelsen", ["Fra henvendelse til", "Sager", "Median", "90 %-fraktil", "Median forrige periode"],
        [
            Row("Taget af visitator", d.Speed.ToTaken, d.PreviousSpeed.ToTaken),
            Row("Stalkingvisitation", d.Speed.ToVisitation, d.PreviousSpeed.ToVisitation),
            Row("Første henvisning", d.Speed.ToFirstReferral, d.PreviousSpeed.ToFirstReferral),
            Row("Fast kontaktperson", d.Speed.ToContactPerson, d.PreviousSpeed.ToContactPerson),
            [$"Taget inden svarfristen ({d.Speed.Taken} taget)", Count(d.Speed.WithinLimit), SmallNumbers.Percent(d.Speed.WithinLimit, d.Speed.Taken), "", ""],
            ["Venter over svarfristen nu", Count(d.Speed.OverLimitNow), "", "", ""],
        ]);
    }

    public static DashboardTable Referrals(DashboardData d)
    {
        var rows = d.FollowThrough.Recipients.Select(r => (IReadOnlyList<string>)
            [r.Recipient.Danish(), Count(r.Sent), SmallNumbers.Percent(r.AcknowledgedInTime, r.Sent), Count(r.Accepted), Count(r.Rejected), Count(r.OpenNow), Count(r.OverdueNow)]).ToList();
        rows.Add(["I alt", Count(d.FollowThrough.Sent), SmallNumbers.Percent(d.FollowThrough.AcknowledgedInTime, d.FollowThrough.Sent),
            Count(d.FollowThrough.Recipients.Sum(r => r.Accepted)), Count(d.FollowThrough.Recipients.Sum(r => r.Rejected)),
            Count(d.FollowThrough.Recipients.Sum(r => r.OpenNow)), Count(d.FollowThrough.Recipients.Sum(r => r.OverdueNow))]);
        rows.Add(["Forrige periode", Count(d.PreviousFollowThrough.Sent), SmallNumbers.Percent(d.PreviousFollowThrough.AcknowledgedInTime, d.PreviousFollowThrough.Sent),
            "", "", "", ""]);
        return new("henvisninger", "Henvisninger pr. modtager",
            ["Modtager", "Sendt i perioden", "Kvitteret inden fristen", "Accepteret", "Afvist", "Åbne nu", "Over fristen nu"], rows);
    }

    public static DashboardTable Closings(DashboardData d)
    {
        var total = d.FollowThrough.Closed;
        var rows = Enum.GetValues<CaseOutcome>().Select(o =>
        {
            var n = d.FollowThrough.ClosedByOutcome.GetValueOrDefault(o);
            return (IReadOnlyList<string>)[o.Danish(), Count(n), SmallNumbers.Percent(n, total)];
        }).ToList();
        if (d.FollowThrough.ClosedWithoutOutcome > 0)
            rows.Add(["Ikke registreret (lukket før udfald blev registreret)", Count(d.FollowThrough.ClosedWithoutOutcome), SmallNumbers.Percent(d.FollowThrough.ClosedWithoutOutcome, total)]);
        rows.Add(["I alt", Count(total), ""]);
        rows.Add(["Forrige periode", Count(d.PreviousFollowThrough.Closed), ""]);
        return new("afslutninger", "Afsluttede sager og hvordan", ["Udfald", "Antal", "Andel"], rows);
    }

    public static DashboardTable Risk(DashboardData d)
    {
        var levels = new RiskLevel?[] { RiskLevel.Hoej, RiskLevel.Middel, RiskLevel.Lav, null };
        var rows = levels.Select(l => (IReadOnlyList<string>)
            [$"Åbne sager, risiko {(l is { } level ? level.Danish().ToLowerInvariant() : "ikke vurderet")}", Count(d.Risk.Open(l))]).ToList();
        rows.Add([$"Høj risiko uden samarbejdsmøde inden {RiskOversight.MeetingWithinWorkingDays} arbejdsdage", Count(d.Risk.HighWithoutMeeting)]);
        rows.Add(["Kriseplaner over datoen for næste gennemgang", Count(d.Risk.PlansPastReview)]);
        rows.Add(["Sager med børn uden afgørelse om underretning", Count(d.Risk.ChildrenWithoutDecision)]);
        return new("risiko", "Risiko i de åbne sager nu", ["Mål", "Antal"], rows);
    }

    public static DashboardTable Load(DashboardData d) =>
        new("belastning", "Sager pr. kontaktperson nu", ["Medarbejder", "Afdeling", "Åbne sager", "Kapacitet", "Bånd", "Opgaver over frist"],
            d.Load.Select(l => (IReadOnlyList<string>)[l.Name, l.Department, l.OpenCases.ToString(Danish), l.Capacity.ToString(Danish), l.Band, l.OverdueTasks.ToString(Danish)]).ToList());

    public static DashboardTable LoadBands(DashboardData d) =>
        new("belastning-baand", "Kontaktpersoner pr. belastningsbånd", ["Åbne sager", "Medarbejdere"],
            CaseLoadBand.All.Select(b => (IReadOnlyList<string>)[b, d.Load.Count(l => l.Band == b).ToString(Danish)]).ToList());

    public static DashboardTable Repeat(DashboardData d) =>
        new("gentagelser", "Gentagne henvendelser (sag lukket under 12 måneder før)", ["Periode", "Nye sager", "Gentagne", "Andel"],
        [
            [d.Filter.Period.Label, Count(d.Repeat.NewCases), Count(d.Repeat.Repeats), SmallNumbers.Percent(d.Repeat.Repeats, d.Repeat.NewCases)],
            [d.Filter.Period.Previous().Label, Count(d.PreviousRepeat.NewCases), Count(d.PreviousRepeat.Repeats), SmallNumbers.Percent(d.PreviousRepeat.Repeats, d.PreviousRepeat.NewCases)],
        ]);

    public static DashboardTable Training(DashboardData d) =>
        new("uddannelse", "Uddannede medarbejdere pr. afdeling", ["Afdeling", "Medarbejdere", "Uddannede", "Uddannet i perioden", "Genopfriskning forfalden"],
            d.Training.Select(t => (IReadOnlyList<string>)[t.Department, t.Staff.ToString(Danish), t.Trained.ToString(Danish), t.TrainedInPeriod.ToString(Danish), t.RefresherOverdue.ToString(Danish)])
                .Append(["I alt", d.Training.Sum(t => t.Staff).ToString(Danish), d.Training.Sum(t => t.Trained).ToString(Danish),
                    d.Training.Sum(t => t.TrainedInPeriod).ToString(Danish), d.Training.Sum(t => t.RefresherOverdue).ToString(Danish)])
                .ToList());
}
