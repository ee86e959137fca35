using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Data;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Inquiries;
using Portal.Domain.Referrals;
using Portal.Domain.Risk;
using Portal.Domain.Training;

namespace Portal.Benchmarks;

/// <summary>
/// <c>seed-synthetic --cases N --db path</c>: a database of realistic synthetic cases at national scale (98
/// municipalities with their staff, 12 police districts, every kind, channel, status and risk level, referrals with
/// their answers, tasks, meetings, crisis plans and the training register, over 5 years), for the dashboard benchmark.
/// Rows go in with prepared SQL in one transaction; the schema comes from the migrations. No demo sign-in is involved.
/// </summary>
public static class SyntheticData
{
    public const int Municipalities = 98;
    public const int PoliceDistricts = 12;
    private const int Years = 5;

    private static readonly DateTimeOffsetToBinaryConverter Time = new();
    private static readonly string[] Departments = ["Jobcenter", "Børn og Familie", "Socialområdet", "Sundhed", "Krisecenter"];

    public static async Task<int> RunFromCommandLineAsync(string[] args)
    {
        var cases = int.Parse(Option(args, "--cases") ?? "1000000", CultureInfo.InvariantCulture);
        var path = Option(args, "--db") ?? throw new ArgumentException("Give the database file with --db <path>.");
        if (File.Exists(path)) throw new ArgumentException($"{path} exists already; give a new file.");
        var watch = Stopwatch.StartNew();
        var options = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options;
        await using (var db = new PortalDbContext(options)) await db.Database.MigrateAsync();
        Console.WriteLine($"Schema ready ({watch.Elapsed.TotalSeconds:F1} s). Filling {cases:N0} cases …");
        var rows = Fill(path, cases, DateTimeOffset.UtcNow, new Random(2026));
        Console.WriteLine($"{rows:N0} rows in {watch.Elapsed.TotalSeconds:F0} s; database {new FileInfo(path).Length / 1024.0 / 1024.0:F0} MB: {path}");
        return 0;
    }

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static long T(DateTimeOffset at) => (long)Time.ConvertToProvider(at.ToUniversalTime())!;

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T Pick<T>(Random r, T[] values, int[] weights)
    {
        var n = r.Next(weights.Sum());
        for (var i = 0; i < values.Length; i++)
        {
            if (n < weights[i]) return values[i];
            n -= weights[i];
        }
        return values[^1];
    }

    private sealed record Staffer(int Id, string Name, int Org);

    private static long Fill(string path, int caseCount, DateTimeOffset now, Random r)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-400000; PRAGMA foreign_keys=OFF;";
            pragma.ExecuteNonQuery();
        }
        using var tx = connection.BeginTransaction();
        var version = Guid.Empty.ToString().ToUpperInvariant();
        using var orgs = new SqliteBulkInsert(connection, tx, "Organisations", "Id", "Name", "Kind", "PoliceDistrictId");
        using var staff = new SqliteBulkInsert(connection, tx, "Staff", "Username", "Name", "Role", "Department", "CaseCapacity", "IsActive", "Languages",
            "OrganisationId", "Areas", "Version", "StalkingTrainedOn");
        using var training = new SqliteBulkInsert(connection, tx, "TrainingRecords", "StaffMemberId", "Course", "TrainedOn", "RefresherDue", "RecordedByName", "RecordedAt");
        using var citizens = new SqliteBulkInsert(connection, tx, "Citizens", "Id", "Name", "SearchName", "AddressProtected", "NameProtected", "Version", "SafeContact_MayCall",
            "SafeContact_MayLeaveVoicemail", "SafeContact_MaySendLettersHome", "SafeContact_MaySendSms", "BirthDate", "Children");
        using var casesInsert = new SqliteBulkInsert(connection, tx, "Cases", "Id", "CaseNumber", "CitizenId", "OrganisationId", "Kind", "Status", "EntryChannel",
            "OpenedAt", "ClosedAt", "Outcome", "IsAcute", "RiskLevel", "RiskInstrument", "RiskAssessedAt", "ChildrenDecision", "VisitatorId", "ContactPersonId",
            "RepeatOfCaseId", "FirstInquiryAt", "VisitedAt", "ContactPersonAssignedAt", "ContactPersonWishes_Needs", "Version");
        using var inquiries = new SqliteBulkInsert(connection, tx, "Inquiries", "Source", "ReceivedAt", "IsAcute", "CallerKind", "EntryChannel", "CitizenName", "Kind",
            "Description", "RegisteredById", "RegisteredByName", "OrganisationId", "TakenById", "TakenByName", "TakenAt", "CaseId", "RequestId", "Version");
        using var referrals = new SqliteBulkInsert(connection, tx, "Referrals", "Id", "CaseId", "OrganisationId", "RequestId", "Recipient", "Purpose", "Urgency", "ItemsText", "LegalBasis",
            "SentAt", "SentById", "SentByName", "DeadlineWorkingDays", "DeadlineAt", "Status", "AcknowledgedAt", "Version");
        using var changes = new SqliteBulkInsert(connection, tx, "ReferralStatusChange", "ReferralId", "From", "To", "At", "ById", "ByName");
        using var tasks = new SqliteBulkInsert(connection, tx, "Tasks", "CaseId", "OwnerId", "Title", "Source", "CreatedAt", "DueAt", "ClosedAt", "Version");
        using var meetings = new SqliteBulkInsert(connection, tx, "Meetings", "CaseId", "HeldAt", "CitizenPresent", "ParticipantsJson", "RecordedByName", "RecordedAt", "RequestId");
        using var plans = new SqliteBulkInsert(connection, tx, "CrisisPlanVersions", "CaseId", "Number", "SavedAt", "SavedById", "SavedByName", "IsReady", "ContentJson", "NextReview");

        // Organisations: the migrations' demo organisations make way for 12 police districts and 98 municipalities of very different sizes.
        using (var clear = connection.CreateCommand())
        {
            clear.Transaction = tx;
            clear.CommandText = "DELETE FROM \"Organisations\";";
            clear.ExecuteNonQuery();
        }
        for (var p = 1; p <= PoliceDistricts; p++) orgs.Add(p, $"Syntetisk Politikreds {p:00}", "Politikreds", null);
        var weights = new double[Municipalities];
        for (var m = 0; m < Municipalities; m++)
        {
            orgs.Add(PoliceDistricts + 1 + m, $"Syntetisk Kommune {m + 1:00}", "Kommune", 1 + m % PoliceDistricts);
            weights[m] = 0.2 + 2.8 * r.NextDouble() * r.NextDouble();
        }
        var totalWeight = weights.Sum();

        var visitators = new List<Staffer>[Municipalities];
        var contacts = new List<Staffer>[Municipalities];
        var staffId = 0;
        var today = DanishTime.Today(now);
        for (var m = 0; m < Municipalities; m++)
        {
            var org = PoliceDistricts + 1 + m;
            visitators[m] = [];
            contacts[m] = [];
            var size = (int)Math.Ceiling(weights[m] / totalWeight * caseCount / 300.0) + 2; // about 300 cases per contact person over 5 years
            void AddStaff(string role, string department, int capacity, List<Staffer>? into)
            {
                staffId++;
                var name = $"Medarbejder {staffId}";
                var trained = r.NextDouble() < 0.6 ? today.AddDays(-r.Next(0, 365 * Years)) : (DateOnly?)null;
                staff.Add($"synt.{staffId}", name, role, department, capacity, 1, "[\"dansk\"]", org, "None", version, trained is { } t ? Date(t) : null);
                if (trained is { } on)
                {
                    var course = role == "Visitator" ? nameof(TrainingCourse.Visitator) : nameof(TrainingCourse.StalkingGrund);
                    training.Add(staffId, course, Date(on), Date(on.AddYears(2)), "Syntetiske data", T(now));
                }
                into?.Add(new Staffer(staffId, name, org));
            }
            for (var i = 0; i < 3; i++) AddStaff("Visitator", "Stalkingvisitationen", 60, visitators[m]);
            for (var i = 0; i < size; i++) AddStaff(i % 4 == 3 ? "Raadgiver" : "Kontaktperson", Departments[i % Departments.Length], 20 + i % 3 * 5, contacts[m]);
            for (var i = 0; i < 2; i++) AddStaff("Leder", "Social og Arbejdsmarked", 0, null);
            for (var i = 0; i < 5; i++) AddStaff("Fagperson", Departments[i % Departments.Length], 0, null);
        }

        var kinds = Enum.GetValues<CaseKind>();
        var channels = Enum.GetValues<EntryChannel>();
        var recipients = Enum.GetValues<RecipientKind>();
        var outcomes = Enum.GetValues<CaseOutcome>();
        var start = now.AddYears(-Years);
        var span = (now - start).TotalSeconds;
        var openedAll = Enumerable.Range(0, caseCount).Select(_ => start.AddSeconds(r.NextDouble() * span)).Order().ToArray();
        var lastCaseOfOrg = new int[Municipalities];
        var referralId = 0;
        var cumulative = new double[Municipalities];
        for (var m = 0; m < Municipalities; m++) cumulative[m] = (m == 0 ? 0 : cumulative[m - 1]) + weights[m] / totalWeight;

        for (var i = 0; i < caseCount; i++)
        {
            var id = i + 1;
            var opened = openedAll[i];
            var x = r.NextDouble();
            var m = Math.Min(Municipalities - 1, Array.FindIndex(cumulative, c => c >= x) is var f and >= 0 ? f : Municipalities - 1);
            var org = PoliceDistricts + 1 + m;
            var visitator = visitators[m][r.Next(visitators[m].Count)];
            var contact = contacts[m][r.Next(contacts[m].Count)];
            var kind = Pick(r, kinds, [45, 35, 12, 8]);
            var channel = Pick(r, channels, [30, 20, 10, 6, 5, 8, 6, 5, 10]);
            var concern = channel is EntryChannel.Jobcenter or EntryChannel.Skole or EntryChannel.Sundhedspleje or EntryChannel.Skadestue && r.NextDouble() < 0.7;
            var acute = r.NextDouble() < 0.08;
            var received = opened.AddHours(-r.Next(1, 72));
            var age = (now - opened).TotalDays;

            var visited = r.NextDouble() < 0.9 ? opened.AddDays(1 + r.Next(0, 10)) : (DateTimeOffset?)null;
            if (visited > now) visited = null;
            var assigned = visited is { } v && r.NextDouble() < 0.85 ? v.AddDays(1 + r.Next(0, 7)) : (DateTimeOffset?)null;
            if (assigned > now) assigned = null;
            var closed = age > 30 && r.NextDouble() < Math.Min(0.97, age / 200.0) ? opened.AddDays(20 + r.Next(0, Math.Max(1, (int)Math.Min(age - 20, 300)))) : (DateTimeOffset?)null;
            var status = closed is not null ? CaseStatus.Afsluttet : assigned is not null ? CaseStatus.IForloeb : visited is not null ? CaseStatus.Visiteret : CaseStatus.Modtaget;
            var risk = visited is not null && r.NextDouble() < 0.8 ? Pick(r, new RiskLevel?[] { RiskLevel.Lav, RiskLevel.Middel, RiskLevel.Hoej }, [50, 35, 15]) : null;
            var riskAt = risk is not null ? visited!.Value.AddDays(2) : (DateTimeOffset?)null;
            var children = r.NextDouble() < 0.35;
            var decision = children && r.NextDouble() < 0.85 ? (r.NextDouble() < 0.6 ? ChildWelfareDecision.Underrettet : ChildWelfareDecision.IkkeNoedvendig) : (ChildWelfareDecision?)null;
            int? repeatOf = lastCaseOfOrg[m] > 0 && r.NextDouble() < 0.12 ? lastCaseOfOrg[m] : null;
            lastCaseOfOrg[m] = id;

            var born = new DateOnly(1950 + r.Next(0, 58), 1 + r.Next(0, 12), 1 + r.Next(0, 28));
            citizens.Add(id, $"Syntetisk Borger {id}", $"syntetisk borger {id}", r.NextDouble() < 0.1 ? 1 : 0, 0, version, 1, 0, 0, 1, Date(born),
                children ? $"[{{\"BirthYear\":{2010 + r.Next(0, 15)},\"FirstName\":\"Barn\"}}]" : "[]");
            casesInsert.Add(id, $"S{id:0000000}", id, org, kind.ToString(), status.ToString(), channel.ToString(), T(opened), closed is { } c ? T(c) : null,
                closed is not null ? Pick(r, outcomes, [55, 20, 8, 7, 6, 4]).ToString() : null, acute ? 1 : 0, risk?.ToString(),
                risk is null ? null : kind == CaseKind.Partnervold ? "partnervold-tjekliste v1" : "stalking-screening v1", riskAt is { } ra ? T(ra) : null,
                decision?.ToString(), visitator.Id, assigned is not null ? contact.Id : null, repeatOf, T(received), visited is { } vv ? T(vv) : null,
                assigned is { } aa ? T(aa) : null, "None", version);
            var inquiryKind = kind.ToInquiryKind();
            inquiries.Add(concern ? "Bekymring" : "Henvendelse", T(received), acute ? 1 : 0, concern ? "Fagperson" : "Borgeren", channel.ToString(), $"Syntetisk Borger {id}",
                inquiryKind.ToString(), "Syntetisk henvendelse.", visitator.Id, visitator.Name, org, visitator.Id, visitator.Name, T(opened), id, Guid.NewGuid().ToString(), version);
            // The newest inquiries are still waiting in the inbox.
            if (age < 4 && r.NextDouble() < 0.3)
                inquiries.Add("Henvendelse", T(now.AddHours(-r.Next(1, 96))), 0, "Borgeren", channel.ToString(), $"Syntetisk Ventende {id}", inquiryKind.ToString(),
                    "Syntetisk henvendelse.", visitator.Id, visitator.Name, org, null, null, null, null, Guid.NewGuid().ToString(), version);

            if (visited is { } seen)
            {
                var count = Pick(r, [0, 1, 2, 3], [25, 35, 25, 15]);
                for (var k = 0; k < count; k++)
                {
                    var sent = seen.AddDays(1 + r.Next(0, 20));
                    if (sent > now) break;
                    referralId++;
                    var deadline = WorkingDays.Add(sent, 5, DanishTime.Zone);
                    var ack = r.NextDouble() < 0.88 ? sent.AddDays(r.NextDouble() * 10) : (DateTimeOffset?)null;
                    if (ack > now) ack = null;
                    var answer = ack is { } ak && ak.AddDays(5) < now ? (r.NextDouble() < 0.82 ? ReferralStatus.Accepteret : ReferralStatus.Afvist) : (ReferralStatus?)null;
                    var final = answer ?? (ack is not null ? ReferralStatus.Modtaget : ReferralStatus.Sendt);
                    referrals.Add(referralId, id, org, Guid.NewGuid().ToString(), Pick(r, recipients, [25, 10, 15, 12, 8, 10, 10, 5, 5]).ToString(), "Syntetisk henvisning.",
                        "Almindelig", "Navn", "Servicelovens § 11", T(sent), contact.Id, contact.Name, 5, T(deadline), final.ToString(), ack is { } a1 ? T(a1) : null, version);
                    changes.Add(referralId, null, "Sendt", T(sent), contact.Id, contact.Name);
                    if (ack is { } a2) changes.Add(referralId, "Sendt", "Modtaget", T(a2), contact.Id, contact.Name);
                    if (answer is { } an) changes.Add(referralId, "Modtaget", an.ToString(), T(ack!.Value.AddDays(3)), contact.Id, contact.Name);
                }
                if (r.NextDouble() < 0.6)
                {
                    var saved = seen.AddDays(3);
                    plans.Add(id, 1, T(saved), contact.Id, contact.Name, 1, "{}", Date(DanishTime.Today(saved).AddDays(90)));
                }
            }
            if (risk == RiskLevel.Hoej && r.NextDouble() < 0.7)
            {
                var held = WorkingDays.Add(riskAt!.Value, 2 + r.Next(0, 12), DanishTime.Zone);
                if (held < now) meetings.Add(id, T(held), 1, "[]", visitator.Name, T(held), Guid.NewGuid().ToString());
            }
            var owner = assigned is not null ? contact : visitator;
            var due = opened.AddDays(7 + r.Next(0, 30));
            tasks.Add(id, owner.Id, "Opfølgning på sagen", "Opfoelgning", T(opened), T(due), closed is { } cl ? T(cl) : due < now && r.NextDouble() < 0.8 ? T(due) : null, version);

            if (id % 100_000 == 0) Console.WriteLine($"  {id:N0} cases …");
        }
        tx.Commit();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; ANALYZE;";
            pragma.ExecuteNonQuery();
        }
        return orgs.Rows + staff.Rows + training.Rows + citizens.Rows + casesInsert.Rows + inquiries.Rows + referrals.Rows + changes.Rows + tasks.Rows + meetings.Rows + plans.Rows;
    }
}
