using Portal.Components.Dashboards;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.ContactPersons;
using Portal.Domain.CrisisPlans;
using Portal.Domain.Referrals;
using Portal.Domain.Staff;
using Portal.Domain.Visitation;

namespace Portal.Features.ComponentGallery;

/// <summary>Made-up values for the component gallery; nothing here is read from or written to the database.</summary>
public sealed class GalleryDemo
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 24);

    public StaffMember Visitator { get; } = new("demo.visitator", "Mette Visitator", Role.Visitator, "Stalkingteamet") { Id = 1 };
    public StaffMember Police { get; } = new("demo.politi", "Jens Politi", Role.Politi, "Syd- og Sønderjyllands Politi") { Id = 9, OrganisationId = 2 };
    public Case Case { get; }
    public Case ProtectedCase { get; }
    public CaseView View => CaseView.For(Case, Visitator, Now);
    public VisitationAnswers Answers { get; } = new()
    {
        Behaviours = ["opkald"], Frequency = "dagligt", Since = new DateOnly(2026, 9, 1), Consequences = ["frygt"], Relation = "ekspartner",
    };
    public IReadOnlyList<RankedCandidate> Candidates { get; }
    public IReadOnlyList<ReferralStatusChange> ReferralChanges { get; }
    public IReadOnlyList<FieldDifference> Differences { get; }
    public CrisisPlanForm Plan { get; } = new() { SafePlaces = "Hos min søster i Ribe", TrustedPeople = [new() { Name = "Hanne (søster)", Phone = "20 30 40 50" }] };
    public List<CrisisPlanForm.PersonRow> People { get; } = [new() { Name = "Hanne (søster)", Phone = "20 30 40 50", CodeWord = "Blåbær" }];
    public IReadOnlyList<ChartSeriesData> Series { get; } = [new("Perioden", [12, 3, 0]), new("Forrige periode", [5, 1, 40])];

    public GalleryDemo()
    {
        Case = Open(protectedAddress: false);
        Case.MoveTo(CaseStatus.Visiteret, Visitator, Now);
        Case.AssignContactPerson(new StaffMember("demo.kontakt", "Sofie Kontaktperson", Role.Kontaktperson, "Jobcenter") { Id = 2 }, Visitator, Now);
        ProtectedCase = Open(protectedAddress: true);

        Candidates = ContactPersonRanking.Rank(new ContactPersonWishes { PreferredGender = Gender.Kvinde, Language = "arabisk" },
        [
            new CandidateLoad(new StaffMember("demo.sofie", "Sofie Bak", Role.Kontaktperson, "Jobcenter", 20)
                { Id = 11, Gender = Gender.Kvinde, StalkingTrainedOn = new DateOnly(2025, 3, 12) }, 13),
            new CandidateLoad(new StaffMember("demo.anders", "Anders Mikkelsen", Role.Kontaktperson, "Børn og Familie", 5)
                { Id = 12, Gender = Gender.Mand }, 5),
        ], [], Today);

        var referral = Referral.Send(1, new ReferralForm
        {
            Recipient = RecipientKind.Politi, Purpose = "Borgeren ønsker at anmelde stalking.", Urgency = ReferralUrgency.Almindelig,
            Items = [SharedItem.Navn], UseLegalBasis = true, LegalBasis = "Forvaltningslovens § 28, stk. 2, nr. 3",
        }, [], Visitator, Now, 5, Guid.NewGuid(), 2);
        referral.MoveTo(ReferralStatus.Modtaget, Police, Now.AddHours(1));
        referral.MoveTo(ReferralStatus.Afvist, Police, Now.AddHours(2), "Ikke i målgruppen.");
        ReferralChanges = referral.Changes;

        Differences = VisitationMerge.Differences(
            new VisitationAnswers { BehaviourNotes = "Ringer om natten." },
            new VisitationAnswers { BehaviourNotes = "Ringer om natten og venter ved skolen." },
            new VisitationAnswers { BehaviourNotes = "Ringer om natten.", Frequency = "dagligt" });
    }

    private Case Open(bool protectedAddress)
    {
        var citizen = new Citizen(new CitizenDetails
        {
            Name = "Anne Demo Jensen", Cpr = "010190-1234", Phone = "20 30 40 50", Address = "Demovej 7, 6700 Esbjerg", AddressProtected = protectedAddress,
        });
        var c = Case.Open(protectedAddress ? "2026-0002" : "2026-0001", citizen, CaseKind.Stalking, EntryChannel.Borger, Visitator, Now);
        c.AssignVisitator(Visitator, Visitator, Now);
        return c;
    }
}
