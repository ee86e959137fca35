using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.ContactPersons;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

public class ContactPersonAssignmentTests
{
    private readonly StaffMember _visitator = TestData.Staff(1, Role.Visitator, "Mette");
    private readonly StaffMember _sofie = TestData.Staff(2, Role.Kontaktperson, "Sofie");
    private readonly StaffMember _line = TestData.Staff(3, Role.Raadgiver, "Line");

    [Fact]
    public void A_first_assignment_needs_no_note_and_starts_the_history()
    {
        var c = TestData.NewCase(visitator: _visitator);

        c.AssignContactPerson(_sofie, _visitator, TestData.Now);

        var entry = Assert.Single(c.ContactPersonHistory);
        Assert.Equal((2, "Sofie 2", TestData.Now, (DateTimeOffset?)null, "Mette 1", (string?)null),
            (entry.StaffMemberId, entry.StaffName, entry.From, entry.To, entry.AssignedByName, entry.HandoverNote));
        Assert.Equal("Sofie 2 er fast kontaktperson.", c.Events.Last().Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_reassignment_without_a_handover_note_is_refused_and_changes_nothing(string? note)
    {
        var c = TestData.NewCase(visitator: _visitator);
        c.AssignContactPerson(_sofie, _visitator, TestData.Now);
        var events = c.Events.Count;

        var ex = Assert.Throws<DomainValidationException>(() => c.AssignContactPerson(_line, _visitator, TestData.Now.AddDays(3), note));

        Assert.Equal(ContactPersonAssignment.HandoverNoteRequired, ex.Errors[nameof(ContactPersonAssignment.HandoverNote)]);
        Assert.Equal(2, c.ContactPersonId);
        Assert.Null(Assert.Single(c.ContactPersonHistory).To);
        Assert.Equal(events, c.Events.Count);
    }

    [Fact]
    public void A_handover_note_longer_than_allowed_is_refused()
    {
        var c = TestData.NewCase(visitator: _visitator);
        c.AssignContactPerson(_sofie, _visitator, TestData.Now);
        var ex = Assert.Throws<DomainValidationException>(() =>
            c.AssignContactPerson(_line, _visitator, TestData.Now, new string('x', ContactPersonAssignment.HandoverNoteMax + 1)));
        Assert.StartsWith("Overdragelsesnoten må højst være 500 tegn", ex.Errors["HandoverNote"]);
    }

    [Fact]
    public void A_reassignment_closes_the_old_period_and_puts_the_note_on_the_timeline()
    {
        var c = TestData.NewCase(visitator: _visitator);
        c.AssignContactPerson(_sofie, _visitator, TestData.Now);

        c.AssignContactPerson(_line, _visitator, TestData.Now.AddDays(10), "  Borgeren ringes op tirsdag kl. 10.  ");

        Assert.Equal(3, c.ContactPersonId);
        Assert.Equal([("Sofie 2", TestData.Now, (DateTimeOffset?)TestData.Now.AddDays(10)), ("Line 3", TestData.Now.AddDays(10), null)],
            c.ContactPersonHistory.Select(a => (a.StaffName, a.From, a.To)));
        Assert.Equal("Borgeren ringes op tirsdag kl. 10.", c.ContactPersonHistory[1].HandoverNote);
        var timeline = TimelineEntry.For(c);
        Assert.Equal("Fast kontaktperson", timeline[0].Title);
        Assert.Equal("Fast kontaktperson skiftet fra Sofie 2 til Line 3. Overdragelsesnote: Borgeren ringes op tirsdag kl. 10.", timeline[0].Text);
    }

    [Fact]
    public void Choosing_the_current_contact_person_again_changes_nothing()
    {
        var c = TestData.NewCase(visitator: _visitator);
        c.AssignContactPerson(_sofie, _visitator, TestData.Now);
        var events = c.Events.Count;

        c.AssignContactPerson(_sofie, _visitator, TestData.Now.AddMinutes(1));

        Assert.Single(c.ContactPersonHistory);
        Assert.Equal(events, c.Events.Count);
    }

    [Fact]
    public void A_conflicted_staff_member_cannot_be_assigned()
    {
        var c = TestData.NewCase(visitator: _visitator);
        c.DeclareConflict(_sofie, ConflictReason.KenderBorgeren, null, _visitator, TestData.Now);

        var ex = Assert.Throws<DomainRuleException>(() => c.AssignContactPerson(_sofie, _visitator, TestData.Now));
        Assert.Equal("Sofie 2 har erklæret inhabilitet i sagen og kan ikke være fast kontaktperson.", ex.Message);
        Assert.Null(c.ContactPersonId);
    }

    [Fact]
    public void Staff_declare_their_own_conflict_and_a_visitator_may_register_one_for_a_colleague()
    {
        var c = TestData.NewCase(visitator: _visitator);
        c.AssignContactPerson(_sofie, _visitator, TestData.Now);

        c.DeclareConflict(_sofie, ConflictReason.KenderModparten, "Er nabo til ham.", _sofie, TestData.Now);
        c.DeclareConflict(_line, ConflictReason.KenderBorgeren, null, _visitator, TestData.Now);

        Assert.Equal([(2, ConflictReason.KenderModparten, "Sofie 2"), (3, ConflictReason.KenderBorgeren, "Mette 1")],
            c.Conflicts.Select(x => (x.StaffMemberId, x.Reason, x.DeclaredByName)));
        var texts = c.Events.Where(e => e.Kind == CaseEventKind.ConflictDeclared).Select(e => e.Text).ToList();
        Assert.Equal("Inhabilitet registreret for Sofie 2, som ikke længere kan se eller arbejde på sagen. Sagen skal have en ny fast kontaktperson.", texts[0]);
        Assert.DoesNotContain(texts, t => t.Contains("nabo", StringComparison.Ordinal)); // the reason stays out of the timeline
    }

    [Fact]
    public void Only_a_visitator_registers_a_conflict_for_someone_else()
    {
        var c = TestData.NewCase(visitator: _visitator);
        var ex = Assert.Throws<DomainRuleException>(() => c.DeclareConflict(_line, ConflictReason.KenderBorgeren, null, _sofie, TestData.Now));
        Assert.Equal("Kun en stalkingvisitator kan registrere inhabilitet for en kollega.", ex.Message);
        Assert.Empty(c.Conflicts);
    }

    [Fact]
    public void Declaring_twice_records_once_and_other_needs_a_note()
    {
        var c = TestData.NewCase(visitator: _visitator);
        var first = c.DeclareConflict(_sofie, ConflictReason.KenderBorgeren, null, _sofie, TestData.Now);
        Assert.Same(first, c.DeclareConflict(_sofie, ConflictReason.Andet, "Noget andet", _sofie, TestData.Now));
        Assert.Single(c.Conflicts);

        var ex = Assert.Throws<DomainValidationException>(() => c.DeclareConflict(_line, ConflictReason.Andet, " ", _line, TestData.Now));
        Assert.Equal("Beskriv kort, hvorfor der er inhabilitet.", ex.Errors["Note"]);
        Assert.Equal("Vælg, hvorfor der er inhabilitet.", new ConflictDeclaration { StaffId = _line.Id }.Validate()["Reason"]);
    }

    [Fact]
    public void The_wishes_are_normalised_and_recorded_once()
    {
        var c = TestData.NewCase(visitator: _visitator);
        var wishes = new ContactPersonWishes { Needs = ServiceAreas.Jobcenter | ServiceAreas.BoernOgFamilie, Language = " Arabisk", PreferredGender = Gender.Kvinde };

        c.SetContactPersonWishes(wishes, _visitator, TestData.Now);
        c.SetContactPersonWishes(wishes, _visitator, TestData.Now.AddMinutes(1));

        Assert.Equal("arabisk", c.ContactPersonWishes.Language);
        var e = Assert.Single(c.Events, e => e.Kind == CaseEventKind.ContactPersonWishesChanged);
        Assert.Equal("Behov og ønsker til kontaktperson: behov: Jobcenter og Børn og familie; sprog: arabisk; ønsker en kvinde.", e.Text);
    }
}

public class LetterAddressingTests
{
    private static Citizen Citizen(bool protectedAddress, bool lettersHome, string? address = "Kongensgade 3, 6700 Esbjerg") =>
        new(new CitizenDetails { Name = "Anne Jensen", Phone = "20304050", Address = address, AddressProtected = protectedAddress, MaySendLettersHome = lettersHome });

    [Fact]
    public void A_letter_goes_home_when_the_citizen_allows_it_and_the_address_is_not_protected()
    {
        Assert.Equal(LetterAddressDecision.Home("Kongensgade 3, 6700 Esbjerg"), LetterAddressing.Decide(Citizen(false, true)));
    }

    [Fact]
    public void A_protected_address_is_refused_even_if_letters_home_were_allowed()
    {
        var decision = LetterAddressing.Decide(Citizen(protectedAddress: true, lettersHome: true));
        Assert.False(decision.MaySendHome);
        Assert.Null(decision.Address);
        Assert.Equal("Adressen er beskyttet (navne- og adressebeskyttelse)", decision.RefusalReason);
    }

    [Fact]
    public void No_letters_home_is_respected()
    {
        Assert.Equal(LetterAddressDecision.Refused("Borgeren ønsker ikke breve til hjemmet"), LetterAddressing.Decide(Citizen(false, false)));
    }

    [Fact]
    public void Without_an_address_there_is_nowhere_to_send_it()
    {
        Assert.Equal(LetterAddressDecision.Refused("Borgerens adresse er ikke oplyst"), LetterAddressing.Decide(Citizen(false, true, address: null)));
    }
}
