using Portal.Data.Mappings;
using Portal.Domain.Training;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.CrisisPlans;
using Portal.Domain.Incidents;
using Portal.Domain.Inquiries;
using Portal.Domain.Risk;
using Portal.Domain.Citizens;
using Portal.Domain.ContactPersons;
using Portal.Domain.Referrals;
using Portal.Domain.Staff;

namespace Portal.Data;

/// <summary>Fictional staff and cases so a newcomer sees a living portal. Deterministic: same data every time.</summary>
public static class DemoData
{
    public const int CaseCount = 40;

    private static readonly string[] FirstNames =
    [
        "Anne", "Camilla", "Louise", "Maria", "Sara", "Julie", "Emma", "Nadia", "Rikke", "Tina",
        "Helle", "Pernille", "Søren", "Mikkel", "Ida", "Freja", "Asta", "Yasmin", "Katrine", "Bo",
    ];

    private static readonly string[] LastNames =
    [
        "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Østergaard",
    ];

    private static readonly string[] Streets =
    [
        "Kongensgade", "Torvegade", "Skolegade", "Jyllandsgade", "Strandby Kirkevej", "Grønnegade",
        "Storegade", "Havnegade", "Englandsgade", "Vestervang",
    ];

    private static readonly string[] NoteTexts =
    [
        "Telefonsamtale med borgeren. Hun oplever fortsat opkald fra skjult nummer flere gange dagligt.",
        "Borgeren har ført hændelseslog siden sidst og har gemt skærmbilleder af beskederne.",
        "Aftalt at borgeren kontaktes på mobil mellem kl. 9 og 12. Der må ikke lægges besked.",
        "Borgeren fortæller, at han har ventet uden for arbejdspladsen to gange i denne uge.",
        "Samtale om tryghed i hverdagen. Borgeren sover dårligt og har haft sygedage.",
        "Borgeren er informeret om muligheden for at anmelde forholdet efter straffelovens § 242.",
        "Kort opfølgning: situationen er roligere. Næste samtale om to uger.",
        "Borgeren har skiftet telefonnummer og lukket sin profil på sociale medier.",
    ];

    /// <summary>A crisis-centre counsellor gets the case for counselling, on oral consent; older shares have run out.</summary>
    private static void ShareWithCounsellor(Case @case, StaffMember counsellor, StaffMember visitator, DateTimeOffset at, DateTimeOffset now, int i)
    {
        if (at > now || @case.VisitatorId != visitator.Id || @case.ContactPersonId == counsellor.Id) return;
        var day = DanishTime.Today(at);
        var until = DanishTime.Today(now).AddDays(20 + i % 40);
        if (until > day.AddMonths(CaseShare.MaxMonths)) until = day.AddMonths(CaseShare.DefaultMonths);
        var form = new CaseShareForm
        {
            StaffMemberId = counsellor.Id,
            Reason = "Borgeren får rådgivning og støtte hos os; rådgiveren skal kende forløbet.",
            Until = until,
            Part = i % 10 == 2 ? SharePart.HeleSagen : SharePart.KriseplanOgRisiko,
            Basis = ShareBasis.Samtykke,
            ConsentMethod = ConsentMethod.Mundtligt,
        };
        @case.ShareWith(counsellor, form, visitator, day, at, new Guid(i, 0, 0, new byte[8]));
    }

    public static async Task SeedAsync(PortalDbContext db, DateTimeOffset now, Instrument screening)
    {
        var staff = CreateStaff(now);
        db.Staff.AddRange(staff);
        await db.SaveChangesAsync();
        SeedTrainingRegister(db, staff, now);

        var visitators = staff.Where(s => s.Role == Role.Visitator && s.OrganisationId == OrganisationConfiguration.FirstMunicipality).ToArray();
        var owners = staff.Where(s => s.Role is Role.Kontaktperson or Role.Raadgiver).ToArray();
        var sharable = staff.Where(s => s.Role is Role.Raadgiver).ToArray();
        var random = new Random(2026);
        var statuses = Enum.GetValues<CaseStatus>();
        var kinds = Enum.GetValues<CaseKind>();
        var channels = Enum.GetValues<EntryChannel>();

        var opened = Enumerable.Range(0, CaseCount)
            .Select(i => now.AddDays(-(3 + i * 13.5) - random.Next(0, 5)).AddHours(-random.Next(0, 8)))
            .OrderBy(d => d)
            .ToArray();
        var perYear = new Dictionary<int, int>();

        for (var i = 0; i < CaseCount; i++)
        {
            var at = opened[i];
            var year = at.Year;
            perYear[year] = perYear.GetValueOrDefault(year) + 1;
            var citizen = new Citizen(CitizenDetailsFor(i, random));
            if (i % 4 == 1)
            {
                citizen.AddChild(new Child(FirstNames[(i + 5) % FirstNames.Length], now.Year - 4 - i % 10));
                if (i % 8 == 1) citizen.AddChild(new Child(FirstNames[(i + 9) % FirstNames.Length], now.Year - 9));
            }

            var visitator = visitators[i % visitators.Length];
            var @case = Case.Open($"{year}-{perYear[year]:0000}", citizen, kinds[i % kinds.Length],
                channels[i % channels.Length], visitator, at);
            TakeDemoInquiry(db, @case, citizen, visitator, at, i);

            // Older cases have come further; the newest are still waiting for visitation.
            var status = i < CaseCount - 6 ? statuses[1 + i % 3] : CaseStatus.Modtaget;
            if (status != CaseStatus.Modtaget || i % 2 == 0)
                @case.AssignVisitator(visitator, visitator, at.AddHours(1));
            if (status != CaseStatus.Modtaget)
            {
                @case.AddJournalNote(
                    $"Stalkingvisitation gennemført med borgeren. Henvendelsen kom via {@case.EntryChannel.Danish().ToLowerInvariant()}.",
                    visitator, at.AddDays(1), kind: JournalNoteKind.VisitationSummary);
                @case.MoveTo(CaseStatus.Visiteret, visitator, at.AddDays(1).AddHours(1));
                @case.AssignContactPerson(owners[i % owners.Length], visitator, at.AddDays(2));
            }
            if (status is CaseStatus.IForloeb or CaseStatus.Afsluttet)
            {
                if (@case.AwaitsChildrenDecision)
                {
                    @case.DecideOnNotification(new ChildrenDecisionForm
                    {
                        Decision = ChildWelfareDecision.Underrettet,
                        SentOn = DanishTime.Today(at.AddDays(2)),
                        SentTo = "Børn og Familie, Myndighed",
                    }, visitator, DanishTime.Today(at.AddDays(2)), at.AddDays(2));
                }
                @case.MoveTo(CaseStatus.IForloeb, visitator, at.AddDays(3));
            }
            if (status == CaseStatus.Afsluttet)
                @case.MoveTo(CaseStatus.Afsluttet, @case.ContactPerson!, at.AddDays(60), DemoOutcomes[i % DemoOutcomes.Length]);
            if (i % 5 == 2) ShareWithCounsellor(@case, sharable[i % sharable.Length], visitator, at.AddDays(4), now, i);

            var noteCount = status == CaseStatus.Modtaget ? 0 : 1 + i % 3;
            for (var n = 0; n < noteCount; n++)
            {
                var author = @case.ContactPerson ?? visitator;
                var noteAt = at.AddDays(5 + n * 9);
                if (noteAt < now) @case.AddJournalNote(NoteTexts[(i + n) % NoteTexts.Length], author, noteAt);
            }
            SeedContactPersonData(@case, i, staff, visitator, at, now);
            db.Cases.Add(@case);
        }
        await db.SaveChangesAsync();

        await SeedRiskAssessmentsAsync(db, screening, visitators, now);
        await SeedInboxAsync(db, staff, now);
        await SeedCrisisPlansAndIncidentsAsync(db, now);
        await Portal.Features.Referrals.ReferralSeed.SeedAsync(db, staff, now);
    }

    /// <summary>
    /// The citizen's wishes for a contact person on some cases, a handover to a new contact person with a
    /// note, and two declared conflicts of interest (on cases the conflicted staff do not own).
    /// </summary>
    private static void SeedContactPersonData(Case @case, int i, List<StaffMember> staff, StaffMember visitator, DateTimeOffset at, DateTimeOffset now)
    {
        var needs = ServiceAreas.None;
        if (i % 2 == 0) needs |= ServiceAreas.Socialomraadet;
        if (@case.Citizen.HasChildren) needs |= ServiceAreas.BoernOgFamilie;
        if (i % 5 == 1) needs |= ServiceAreas.Jobcenter;
        if (i % 7 == 3) needs |= ServiceAreas.Sundhed;
        var wishes = new ContactPersonWishes
        {
            Needs = needs,
            Language = i % 9 == 7 ? "arabisk" : null,
            PreferredGender = i % 3 == 1 ? Gender.Kvinde : null,
        };
        if (i % 4 != 3) @case.SetContactPersonWishes(wishes, visitator, at.AddHours(2));

        var jonas = staff.Single(s => s.Username == "raadgiver.jonas");
        var fatima = staff.Single(s => s.Username == "kontaktperson.fatima");
        if (i == 19 && @case.ContactPerson == jonas && at.AddDays(40) < now)
        {
            @case.AssignContactPerson(fatima, visitator, at.AddDays(40),
                "Borgeren ønsker en kvindelig kontaktperson. Hun kontaktes tirsdage kl. 10 på mobilen; ingen beskeder. " +
                "Hændelsesloggen er gennemgået, og anmeldelsen til politiet følges op i næste uge.");
        }
        if (i == CaseCount - 6)
            @case.DeclareConflict(jonas, ConflictReason.KenderModparten, "Har haft den anden part i et forløb.", visitator, at.AddHours(3));
        if (i == CaseCount - 3)
            @case.DeclareConflict(fatima, ConflictReason.KenderBorgeren, null, visitator, at.AddHours(3));
    }

    /// <summary>Crisis plans (two versions each) and incident logs on open cases, so a newcomer can print at once.</summary>
    private static async Task SeedCrisisPlansAndIncidentsAsync(PortalDbContext db, DateTimeOffset now)
    {
        var today = DanishTime.Today(now);
        var cases = db.Cases.Local.Where(c => c.Status == CaseStatus.IForloeb && c.ContactPerson is not null).OrderBy(c => c.Id).Take(6).ToList();
        foreach (var (c, i) in cases.Select((c, i) => (c, i)))
        {
            var owner = c.ContactPerson!;
            var first = new CrisisPlanContent
            {
                WarningSigns = "Han ringer mange gange i træk fra skjult nummer. Bilen holder på vejen om aftenen. Beskeder om, at han \"bare vil snakke\".",
                DangerNow = "Ring 112. Sig: Jeg er i fare, mit navn, hvor jeg er, og at min tidligere kæreste truer mig. Gå ud ad bagdøren til naboen.",
                SafePlaces = "Naboen i nr. 9 (Inger). Min søster Hanne. Politistationen i centrum.",
                TrustedPeople = [new TrustedPerson("Hanne (søster)", "20 30 40 50", "Har du set min blå trøje?"), new TrustedPerson("Inger (nabo)", "31 41 51 61", null)],
            };
            var second = first with
            {
                Children = i % 2 == 0 ? "Skolen er orienteret. Kun mormor og jeg må hente. Børnene ved, at de skal ringe 112, hvis der sker noget." : null,
                DigitalSafety = [CrisisPlanSections.DigitalSafetyItems[0], CrisisPlanSections.DigitalSafetyItems[1]],
                GoBag = CrisisPlanSections.GoBagItems.Take(6).ToList(),
                GoBagNotes = "Tasken står hos Hanne.",
                Agreements = $"{owner.Name} ringer tirsdage kl. 10 på mobilen. Ingen beskeder på telefonsvareren og ingen breve hjem.",
                NextReview = today.AddDays(21 + i),
            };
            db.CrisisPlanVersions.Add(CrisisPlanVersion.Save(c.Id, 0, first, owner, DanishTime.Today(c.OpenedAt.AddDays(5)), c.OpenedAt.AddDays(5)));
            db.CrisisPlanVersions.Add(CrisisPlanVersion.Save(c.Id, 1, second, owner, DanishTime.Today(c.OpenedAt.AddDays(20)), c.OpenedAt.AddDays(20)));

            for (var n = 0; n < 5 + i; n++)
            {
                var day = DanishTime.Today(c.OpenedAt).AddDays(-20 + n * 4);
                if (day > today) break;
                var form = new IncidentForm
                {
                    Date = day,
                    Time = new TimeOnly(18 + n % 5, n * 7 % 60),
                    WhatHappened = IncidentTexts[(i + n) % IncidentTexts.Length],
                    Place = n % 2 == 0 ? "Ved arbejdspladsen" : "På vejen foran opgangen",
                    Witnesses = n % 3 == 0 ? "Kollega (Per)" : null,
                    Evidence = n % 2 == 1 ? "Skærmbilleder af beskeder gemt" : null,
                    ReportedToPolice = n % 4 == 3,
                };
                db.Incidents.Add(Incident.Record(c.Id, form, owner, today, c.OpenedAt, Guid.NewGuid()));
            }
        }
        await db.SaveChangesAsync();
    }

    private static readonly string[] IncidentTexts =
    [
        "14 opkald fra skjult nummer mellem kl. 18 og 23.",
        "Stod uden for opgangen, da jeg kom hjem. Gik først, da jeg truede med at ringe til politiet.",
        "Sms: \"Jeg ved, hvor du er. Du slipper ikke.\"",
        "Har oprettet en falsk profil og skrevet til mine venner om mig.",
        "Fulgte efter mig i bil fra arbejdet til Netto.",
        "Blomster og et brev lagt på min bil.",
        "Ringede til min chef og sagde, at jeg er syg.",
    ];

    /// <summary>Visited cases carry the screening from their visitation; answers vary so every level occurs.</summary>
    private static async Task SeedRiskAssessmentsAsync(PortalDbContext db, Instrument screening, StaffMember[] visitators, DateTimeOffset now)
    {
        var cases = db.Cases.Local.Where(c => c.Status != CaseStatus.Modtaget).OrderBy(c => c.Id).ToList();
        foreach (var (c, i) in cases.Select((c, i) => (c, i)))
        {
            var yes = i % 3 == 0 ? 1 : i % 3 == 1 ? 5 : 9;
            var answers = screening.Items.Select((item, n) => (item.Id, n)).ToDictionary(x => x.Id, x =>
                x.n < yes && screening.Items[x.n].MinimumLevel != RiskLevel.Hoej ? "ja" : x.n % 4 == 3 ? "ved-ikke" : "nej");
            var visitator = visitators[i % visitators.Length];
            var at = c.OpenedAt.AddDays(1);
            var assessment = RiskAssessment.Create(c.Id, screening, answers, null, null, visitator, at);
            db.RiskAssessments.Add(assessment);
            c.RecordRiskAssessment(assessment, screening, visitator, at);
            if (c.Status != CaseStatus.Afsluttet)
                db.Tasks.AddRange(RiskFollowUp.TasksFor(c, assessment, false, at, (from, days) => WorkingDays.Add(from, days, DanishTime.Zone)));
        }
        await db.SaveChangesAsync();
    }

    private static readonly CaseOutcome[] DemoOutcomes =
        [CaseOutcome.AfsluttetSomPlanlagt, CaseOutcome.AfsluttetSomPlanlagt, CaseOutcome.BorgerenOenskedeIkkeMere, CaseOutcome.Flyttet, CaseOutcome.VideregivetTilAndenMyndighed];

    /// <summary>Each demo case came in as an inquiry that a visitator took, from a couple of hours to two working days later.</summary>
    private static void TakeDemoInquiry(PortalDbContext db, Case @case, Citizen citizen, StaffMember visitator, DateTimeOffset openedAt, int i)
    {
        var inquiry = Inquiry.Register(new InquiryForm
        {
            InDangerNow = false, CallerKind = CallerKind.Borgeren, EntryChannel = @case.EntryChannel, CitizenName = citizen.Name,
            Kind = @case.Kind.ToInquiryKind(),
            Description = "Første henvendelse (demodata).",
        }, visitator, openedAt.AddHours(-(2 + i * 7 % 50)), new Guid(i + 1, 7, 7, new byte[8]));
        inquiry.Take(visitator, @case, openedAt);
        db.Inquiries.Add(inquiry);
    }

    /// <summary>The trained-staff register behind the ranking's "uddannet i stalking".</summary>
    private static void SeedTrainingRegister(PortalDbContext db, List<StaffMember> staff, DateTimeOffset now)
    {
        foreach (var s in staff.Where(s => s.StalkingTrainedOn is not null))
        {
            var course = s.Role == Role.Visitator ? TrainingCourse.Visitator : TrainingCourse.StalkingGrund;
            db.TrainingRecords.Add(TrainingRecord.Seed(s.Id, course, s.StalkingTrainedOn!.Value, now));
            if (s.Role == Role.Raadgiver) db.TrainingRecords.Add(TrainingRecord.Seed(s.Id, TrainingCourse.Partnervold, s.StalkingTrainedOn.Value.AddMonths(2), now));
        }
    }

    /// <summary>Waiting inquiries (one acute, one past its deadline), concerns from the front line, and a question for sparring.</summary>
    private static async Task SeedInboxAsync(PortalDbContext db, List<StaffMember> staff, DateTimeOffset now)
    {
        var mette = staff.Single(s => s.Username == "visitator.mette");
        var sofie = staff.Single(s => s.Username == "kontaktperson.sofie");
        var ali = staff.Single(s => s.Username == "fagperson.ali");

        db.Inquiries.Add(Inquiry.Register(new InquiryForm
        {
            InDangerNow = true, CallerKind = CallerKind.Borgeren, EntryChannel = EntryChannel.Borger, CitizenName = "Lene Vinther",
            CitizenPhone = "40 11 22 33", Kind = InquiryKind.Partnervold,
            Description = "Ringer fra en butik. Ekskæresten står uden for og har truet hende i morges. Hun tør ikke gå hjem.",
        }, sofie, now.AddMinutes(-25), Guid.NewGuid()));
        db.Inquiries.Add(Inquiry.Register(new InquiryForm
        {
            InDangerNow = false, CallerKind = CallerKind.Fagperson, CallerName = "Politiassistent K. Berg", CallerOrganisation = "Syd- og Sønderjyllands Politi",
            EntryChannel = EntryChannel.Politi, CitizenName = "Mads Frederiksen", Kind = InquiryKind.Stalking,
            Description = "Har anmeldt gentagne opkald og beskeder fra en tidligere kollega gennem to måneder. Ønsker kontakt fra kommunen.",
        }, mette, now.AddDays(-4), Guid.NewGuid()));
        db.Inquiries.Add(Inquiry.Register(new InquiryForm
        {
            InDangerNow = false, CallerKind = CallerKind.Borgeren, EntryChannel = EntryChannel.Borgerservice, CitizenName = "Sanne Holt",
            CitizenPhone = "22 33 44 55", Kind = InquiryKind.Usikker,
            Description = "Er usikker på, om det er stalking: en tidligere partner dukker op, hvor hun træner.",
        }, mette, now.AddHours(-3), Guid.NewGuid()));
        db.Inquiries.Add(Inquiry.Report(new ConcernForm
        {
            InDangerNow = false, CitizenName = "Jeanette Lund", EntryChannel = EntryChannel.Jobcenter, Kind = InquiryKind.Stalking, CitizenKnows = true,
            Description = "Borgeren fortæller ved samtalen, at hendes tidligere chef venter ved hendes bil og skriver til hende om natten.",
        }, ali, now.AddHours(-2), Guid.NewGuid()));

        var takenConcern = Inquiry.Report(new ConcernForm
        {
            InDangerNow = false, CitizenName = "Pia Nørgaard", EntryChannel = EntryChannel.Jobcenter, Kind = InquiryKind.Partnervold, CitizenKnows = true,
            Description = "Borgeren har blå mærker og siger, at ekskæresten ikke lader hende være.",
        }, ali, now.AddDays(-30), Guid.NewGuid());
        var courseCase = db.Cases.Local.Where(c => c.Status == CaseStatus.IForloeb).OrderByDescending(c => c.OpenedAt).First();
        takenConcern.Take(mette, courseCase, now.AddDays(-29));
        db.Inquiries.Add(takenConcern);

        var sofiesCase = db.Cases.Local.First(c => c.ContactPersonId == sofie.Id && c.Status == CaseStatus.IForloeb);
        db.Consultations.Add(Consultation.Ask(sofiesCase,
            "Borgeren vil gerne anmelde, men er bange for, at det gør det værre. Hvordan forbereder vi anmeldelsen bedst?", sofie, now.AddHours(-5), Guid.NewGuid()));
        await db.SaveChangesAsync();
    }

    private static CitizenDetails CitizenDetailsFor(int i, Random random)
    {
        var first = FirstNames[i % FirstNames.Length];
        var last = LastNames[(i * 7) % LastNames.Length];
        var birth = new DateOnly(1965, 1, 1).AddDays(random.Next(0, 365 * 38));
        var serial = random.Next(1000, 4000);
        var hasCpr = i % 7 != 3; // some inquiries are anonymous at first
        return new CitizenDetails
        {
            Name = $"{first} {last}",
            Cpr = hasCpr ? $"{birth:ddMMyy}-{serial}" : null,
            Phone = $"{20 + i % 60} {random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)}",
            Email = i % 3 == 0 ? $"{first.ToLowerInvariant()}.{i}@eksempel.dk".Replace("ø", "oe") : null,
            Address = $"{Streets[i % Streets.Length]} {3 + i * 2}, 6700 Esbjerg",
            AddressProtected = i % 6 == 4,
            MayCall = true,
            MayLeaveVoicemail = i % 3 != 0,
            MaySendSms = i % 2 == 0,
            MaySendLettersHome = i % 6 != 4 && i % 5 != 0,
            SafeTimes = i % 4 == 0 ? "Hverdage kl. 9-12" : null,
        };
    }

    private static List<StaffMember> CreateStaff(DateTimeOffset now)
    {
        var trained = DateOnly.FromDateTime(now.UtcDateTime);
        return
        [
            new("visitator.mette", "Mette Lund", Role.Visitator, "Stalkingvisitationen", 60)
            {
                StalkingTrainedOn = trained.AddMonths(-20), Gender = Gender.Kvinde,
                Phone = "76 16 20 01", Email = "mette.lund@kommune.example",
            },
            new("visitator.karsten", "Karsten Holm", Role.Visitator, "Stalkingvisitationen", 60)
            {
                StalkingTrainedOn = trained.AddMonths(-8), Gender = Gender.Mand,
                Phone = "76 16 20 02", Email = "karsten.holm@kommune.example",
            },
            new("kontaktperson.sofie", "Sofie Bak", Role.Kontaktperson, "Jobcenter", 20)
            {
                StalkingTrainedOn = trained.AddMonths(-14), Languages = ["dansk", "engelsk"], Gender = Gender.Kvinde, Areas = ServiceAreas.Jobcenter,
                Phone = "76 16 31 10", Email = "sofie.bak@kommune.example",
            },
            // Capacity 5 is his open cases in the demo: the ranking shows one colleague at full capacity.
            new("kontaktperson.anders", "Anders Mikkelsen", Role.Kontaktperson, "Børn og Familie", 5)
            {
                StalkingTrainedOn = trained.AddMonths(-3), Gender = Gender.Mand, Areas = ServiceAreas.BoernOgFamilie,
                Phone = "76 16 42 20", Email = "anders.mikkelsen@kommune.example",
            },
            new("kontaktperson.fatima", "Fatima Hassan", Role.Kontaktperson, "Socialområdet", 22)
            {
                Languages = ["dansk", "arabisk", "engelsk"], Gender = Gender.Kvinde, Areas = ServiceAreas.Socialomraadet | ServiceAreas.Sundhed,
                Phone = "76 16 53 30", Email = "fatima.hassan@kommune.example",
            },
            new("raadgiver.line", "Line Vestergaard", Role.Raadgiver, "Krisecenter Esbjerg", 15)
            {
                StalkingTrainedOn = trained.AddMonths(-30), Gender = Gender.Kvinde, Areas = ServiceAreas.Socialomraadet,
                Phone = "76 16 64 40", Email = "line.vestergaard@kommune.example",
            },
            new("raadgiver.jonas", "Jonas Friis", Role.Raadgiver, "Interventionscenteret", 15)
            {
                Gender = Gender.Mand, Areas = ServiceAreas.Socialomraadet | ServiceAreas.Sundhed, Phone = "76 16 75 50",
            },
            new("fagperson.ali", "Ali Demir", Role.Fagperson, "Jobcenter", 0),
            new("politi.jens", "Jens Kragh", Role.Politi, "Syd- og Sønderjyllands Politi", 0) { OrganisationId = OrganisationConfiguration.FirstPoliceDistrict },
            // Another municipality and police district: they see none of Esbjerg's cases, inquiries or referrals.
            new("visitator.birgitte", "Birgitte Juul", Role.Visitator, "Stalkingvisitationen, Vejle", 40)
            {
                OrganisationId = OrganisationConfiguration.SecondMunicipality, Gender = Gender.Kvinde, Phone = "76 81 10 01",
            },
            new("politi.ole", "Ole Bech", Role.Politi, "Sydøstjyllands Politi", 0) { OrganisationId = OrganisationConfiguration.SecondPoliceDistrict },
            new("leder.hanne", "Hanne Brix", Role.Leder, "Social og Arbejdsmarked", 0),
            new("administrator.per", "Per Dahl", Role.Administrator, "IT og digitalisering", 0),
        ];
    }
}
