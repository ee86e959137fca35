using Portal.Domain.Cases;
using Portal.Domain.ContactPersons;
using Portal.Domain.Staff;

namespace Portal.Tests.Domain;

public class ContactPersonRankingTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly ContactPersonWishes NoWishes = new();

    private static CandidateLoad Candidate(int id, string name, int capacity = 20, int open = 0, DateOnly? trained = null,
        Gender? gender = null, ServiceAreas areas = ServiceAreas.None, string[]? languages = null, Role role = Role.Kontaktperson, bool active = true) =>
        new(new StaffMember($"staff.{id}", name, role, "Afdeling", capacity)
        {
            Id = id,
            StalkingTrainedOn = trained,
            Gender = gender,
            Areas = areas,
            Languages = [.. languages ?? ["dansk"]],
            IsActive = active,
        }, open);

    private static IReadOnlyList<RankedCandidate> Rank(ContactPersonWishes wishes, params CandidateLoad[] candidates) =>
        ContactPersonRanking.Rank(wishes, candidates, [], Today);

    private static RankingReason? Reason(RankedCandidate c, RankingCriterion criterion) =>
        c.Reasons.SingleOrDefault(r => r.Criterion == criterion);

    [Fact]
    public void Training_in_stalking_counts_and_shows_its_date()
    {
        var ranked = Rank(NoWishes, Candidate(1, "Anna"), Candidate(2, "Bente", trained: new DateOnly(2025, 3, 12)));

        Assert.Equal(["Bente", "Anna"], ranked.Select(c => c.Staff.Name));
        Assert.Equal(new RankingReason(RankingCriterion.Training, "Uddannet i stalking 12-03-2025", true), Reason(ranked[0], RankingCriterion.Training));
        Assert.Equal(new RankingReason(RankingCriterion.Training, "Ikke uddannet i stalking", false), Reason(ranked[1], RankingCriterion.Training));
        Assert.Equal(ContactPersonRanking.TrainingPoints, ranked[0].Score - ranked[1].Score);
    }

    [Fact]
    public void A_training_not_yet_taken_does_not_count()
    {
        var ranked = Rank(NoWishes, Candidate(1, "Anna", trained: Today.AddDays(30)), Candidate(2, "Bente"));

        var anna = ranked.Single(c => c.Staff.Name == "Anna");
        Assert.Equal(new RankingReason(RankingCriterion.Training, "Stalkinguddannelse planlagt 24-12-2026", false), Reason(anna, RankingCriterion.Training));
        Assert.Equal(ranked[0].Score, ranked[1].Score);
        Assert.True(Reason(Rank(NoWishes, Candidate(3, "Carl", trained: Today))[0], RankingCriterion.Training)!.Met); // trained today counts
    }

    [Fact]
    public void Free_capacity_is_shown_as_free_of_total_and_counts()
    {
        var ranked = Rank(NoWishes, Candidate(1, "Anna", capacity: 20, open: 13));

        var anna = ranked.Single();
        Assert.Equal(new RankingReason(RankingCriterion.Capacity, "Ledig kapacitet: 7 af 20", true), Reason(anna, RankingCriterion.Capacity));
        Assert.Equal(7, anna.FreeCapacity);
        Assert.Equal(13, anna.OpenCases);
        Assert.False(anna.IsFull);
        Assert.Equal(ContactPersonRanking.CapacityPoints, anna.Score);
    }

    [Theory]
    [InlineData(20, "Fuld kapacitet: 20 af 20 sager")]
    [InlineData(23, "Fuld kapacitet: 23 af 20 sager")]
    public void A_full_candidate_ranks_last_but_stays_in_the_list(int open, string text)
    {
        var full = Candidate(1, "Anna", capacity: 20, open: open, trained: Today.AddYears(-1), gender: Gender.Kvinde, areas: ServiceAreas.Jobcenter);
        var weak = Candidate(2, "Bo", capacity: 20, open: 19);
        var wishes = new ContactPersonWishes { Needs = ServiceAreas.Jobcenter, PreferredGender = Gender.Kvinde };

        var ranked = Rank(wishes, full, weak);

        Assert.Equal(["Bo", "Anna"], ranked.Select(c => c.Staff.Name));
        Assert.True(ranked[1].IsFull);
        Assert.Equal(0, ranked[1].FreeCapacity);
        Assert.True(ranked[1].Score > ranked[0].Score); // last despite the better score
        Assert.Equal(new RankingReason(RankingCriterion.Capacity, text, false), Reason(ranked[1], RankingCriterion.Capacity));
    }

    [Fact]
    public void A_department_covering_the_citizens_needs_counts()
    {
        var wishes = new ContactPersonWishes { Needs = ServiceAreas.Jobcenter | ServiceAreas.Sundhed };
        var ranked = Rank(wishes,
            Candidate(1, "Anna", areas: ServiceAreas.BoernOgFamilie),
            Candidate(2, "Bente", areas: ServiceAreas.Jobcenter | ServiceAreas.Socialomraadet));

        Assert.Equal("Bente", ranked[0].Staff.Name);
        Assert.Equal(new RankingReason(RankingCriterion.Department, "Afdeling passer: Jobcenter", true), Reason(ranked[0], RankingCriterion.Department));
        Assert.Equal(new RankingReason(RankingCriterion.Department, "Afdelingen dækker ikke borgerens behov (Jobcenter og Sundhed)", false),
            Reason(ranked[1], RankingCriterion.Department));
        Assert.Equal(ContactPersonRanking.DepartmentPoints, ranked[0].Score - ranked[1].Score);
    }

    [Fact]
    public void Without_needs_the_department_is_not_a_criterion()
    {
        var ranked = Rank(NoWishes, Candidate(1, "Anna", areas: ServiceAreas.Jobcenter));
        Assert.Null(Reason(ranked[0], RankingCriterion.Department));
        Assert.Null(Reason(ranked[0], RankingCriterion.Language));
        Assert.Null(Reason(ranked[0], RankingCriterion.Gender));
    }

    [Fact]
    public void Speaking_the_citizens_language_counts()
    {
        var wishes = new ContactPersonWishes { Language = " Arabisk " };
        var ranked = Rank(wishes, Candidate(1, "Anna"), Candidate(2, "Bente", languages: ["dansk", "Arabisk"]));

        Assert.Equal("Bente", ranked[0].Staff.Name);
        Assert.Equal(new RankingReason(RankingCriterion.Language, "Taler arabisk", true), Reason(ranked[0], RankingCriterion.Language));
        Assert.Equal(new RankingReason(RankingCriterion.Language, "Taler ikke arabisk", false), Reason(ranked[1], RankingCriterion.Language));
        Assert.Equal(ContactPersonRanking.LanguagePoints, ranked[0].Score - ranked[1].Score);
    }

    [Fact]
    public void Danish_is_no_language_wish()
    {
        var ranked = Rank(new ContactPersonWishes { Language = "Dansk" }, Candidate(1, "Anna"));
        Assert.Null(Reason(ranked[0], RankingCriterion.Language));
    }

    [Fact]
    public void The_citizens_wish_for_a_gender_counts()
    {
        var wishes = new ContactPersonWishes { PreferredGender = Gender.Kvinde };
        var ranked = Rank(wishes,
            Candidate(1, "Anders", gender: Gender.Mand),
            Candidate(2, "Bente", gender: Gender.Kvinde),
            Candidate(3, "Chris"));

        Assert.Equal("Bente", ranked[0].Staff.Name);
        Assert.Equal(new RankingReason(RankingCriterion.Gender, "Borgeren ønsker en kvinde", true), Reason(ranked[0], RankingCriterion.Gender));
        Assert.Equal("Borgeren ønsker en kvinde – ikke opfyldt", Reason(ranked.Single(c => c.Staff.Name == "Anders"), RankingCriterion.Gender)!.Text);
        Assert.Equal("Køn ikke oplyst – borgeren ønsker en kvinde", Reason(ranked.Single(c => c.Staff.Name == "Chris"), RankingCriterion.Gender)!.Text);
        Assert.Equal(ContactPersonRanking.GenderPoints, ranked[0].Score - ranked[1].Score);
    }

    [Fact]
    public void Ties_go_to_more_free_capacity_then_name_whatever_the_input_order()
    {
        CandidateLoad[] candidates =
        [
            Candidate(4, "Dorte", capacity: 20, open: 10),
            Candidate(1, "Bente", capacity: 20, open: 5),
            Candidate(3, "Anna", capacity: 20, open: 10),
            Candidate(2, "Åse", capacity: 20, open: 10),
        ];

        var ranked = Rank(NoWishes, candidates);
        var reversed = Rank(NoWishes, [.. candidates.Reverse()]);

        Assert.All(ranked, c => Assert.Equal(ranked[0].Score, c.Score));
        Assert.Equal(["Bente", "Anna", "Dorte", "Åse"], ranked.Select(c => c.Staff.Name));
        Assert.Equal(ranked.Select(c => c.StaffId), reversed.Select(c => c.StaffId));
        Assert.Equal([1, 2, 3, 4], ranked.Select(c => c.Rank));
    }

    [Fact]
    public void Visitators_rank_after_caseworkers_with_room_whatever_their_score_and_say_why()
    {
        // Mette is trained, speaks the language and has far more room: still, the caseworkers with room come first.
        var wishes = new ContactPersonWishes { Language = "arabisk" };
        var ranked = Rank(wishes,
            Candidate(1, "Mette", capacity: 60, trained: new DateOnly(2024, 1, 10), languages: ["dansk", "arabisk"], role: Role.Visitator),
            Candidate(2, "Sofie", capacity: 20, open: 5),
            Candidate(3, "Line", capacity: 15, open: 2, role: Role.Raadgiver),
            Candidate(4, "Anders", capacity: 5, open: 5));

        Assert.Equal(["Sofie", "Line", "Mette", "Anders"], ranked.Select(c => c.Staff.Name));
        Assert.True(ranked[2].Score > ranked[0].Score);
        var why = Reason(ranked[2], RankingCriterion.Role)!;
        Assert.False(why.Met);
        Assert.StartsWith("Stalkingvisitator – foreslås efter sagsbehandlere med plads", why.Text);
        Assert.Null(Reason(ranked[0], RankingCriterion.Role));
        Assert.True(ranked[3].IsFull); // full capacity still comes last, after the visitator
    }

    [Fact]
    public void Staff_with_a_declared_conflict_are_never_candidates()
    {
        var ranked = ContactPersonRanking.Rank(NoWishes,
            [Candidate(1, "Anna", trained: Today.AddYears(-1)), Candidate(2, "Bente"), Candidate(3, "Mette", role: Role.Visitator)],
            [1, 3], Today);

        Assert.Equal(["Bente"], ranked.Select(c => c.Staff.Name));
    }

    [Theory]
    [InlineData(Role.Fagperson)]
    [InlineData(Role.Politi)]
    [InlineData(Role.Leder)]
    [InlineData(Role.Administrator)]
    public void Roles_that_cannot_own_a_case_are_left_out(Role role)
    {
        var ranked = Rank(NoWishes, Candidate(1, "Anna", role: role), Candidate(2, "Bente", role: Role.Raadgiver), Candidate(3, "Carl", role: Role.Visitator));
        Assert.Equal(["Bente", "Carl"], ranked.Select(c => c.Staff.Name));
    }

    [Fact]
    public void Inactive_staff_are_left_out()
    {
        var ranked = Rank(NoWishes, Candidate(1, "Anna", active: false), Candidate(2, "Bente"));
        Assert.Equal(["Bente"], ranked.Select(c => c.Staff.Name));
    }

    [Fact]
    public void For_a_case_the_current_contact_person_and_conflicted_staff_are_left_out_and_its_wishes_apply()
    {
        var visitator = TestData.Staff(9, Role.Visitator, "Mette");
        var c = TestData.NewCase(visitator: visitator);
        var current = Candidate(1, "Anna");
        var conflicted = Candidate(2, "Bente");
        var man = Candidate(3, "Carl", gender: Gender.Mand);
        var woman = Candidate(4, "Dorte", gender: Gender.Kvinde);
        c.AssignContactPerson(current.Staff, visitator, TestData.Now);
        c.DeclareConflict(conflicted.Staff, ConflictReason.KenderModparten, null, visitator, TestData.Now);
        c.SetContactPersonWishes(new ContactPersonWishes { PreferredGender = Gender.Kvinde }, visitator, TestData.Now);

        var ranked = ContactPersonRanking.Rank(c, [current, conflicted, man, woman], Today);

        Assert.Equal(["Dorte", "Carl"], ranked.Select(r => r.Staff.Name));
    }

    [Fact]
    public void A_language_with_digits_is_refused_with_a_danish_message()
    {
        var errors = new ContactPersonWishes { Language = "arab1sk" }.Validate();
        Assert.Equal("Skriv sproget med bogstaver, fx arabisk.", errors["Language"]);
        Assert.True(new ContactPersonWishes { Language = "tigrinya" }.Validate().IsValid);
    }
}
