using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

public class CaseTests
{
    private readonly StaffMember _visitator = TestData.Staff(1, Role.Visitator, "Mette");

    [Fact]
    public void Opening_a_case_records_the_event()
    {
        var c = TestData.NewCase(visitator: _visitator);
        Assert.Equal(CaseStatus.Modtaget, c.Status);
        Assert.Equal(CaseEventKind.Opened, c.Events[0].Kind);
    }

    [Fact]
    public void Assigning_a_contact_person_records_handovers()
    {
        var c = TestData.NewCase(visitator: _visitator);
        c.AssignContactPerson(TestData.Staff(2, Role.Kontaktperson, "Sofie"), _visitator, TestData.Now);
        c.AssignContactPerson(TestData.Staff(3, Role.Raadgiver, "Line"), _visitator, TestData.Now.AddDays(1), "Ringes op tirsdag.");

        Assert.Equal(3, c.ContactPersonId);
        var texts = c.Events.Where(e => e.Kind == CaseEventKind.ContactPersonAssigned).Select(e => e.Text).ToList();
        Assert.Equal(["Sofie 2 er fast kontaktperson.", "Fast kontaktperson skiftet fra Sofie 2 til Line 3. Overdragelsesnote: Ringes op tirsdag."], texts);
    }

    [Theory]
    [InlineData(Role.Fagperson)]
    [InlineData(Role.Politi)]
    [InlineData(Role.Leder)]
    [InlineData(Role.Administrator)]
    public void Only_caseworkers_can_be_contact_person(Role role)
    {
        var c = TestData.NewCase(visitator: _visitator);
        Assert.Throws<DomainRuleException>(() => c.AssignContactPerson(TestData.Staff(5, role), _visitator, TestData.Now));
        Assert.Null(c.ContactPersonId);
    }

    [Fact]
    public void A_journal_note_is_trimmed_and_dated()
    {
        var c = TestData.NewCase(visitator: _visitator);
        var note = c.AddJournalNote("  Samtale med borgeren.  ", _visitator, TestData.Now);
        Assert.Equal("Samtale med borgeren.", note.Text);
        Assert.Equal(TestData.Now, note.WrittenAt);
        Assert.Equal("Mette 1", note.AuthorName);
    }

    [Fact]
    public void A_note_is_of_the_kind_it_was_written_as_whatever_its_text_says()
    {
        var c = TestData.NewCase(visitator: _visitator);
        var typed = c.AddJournalNote("Stalkingvisitation aftalt til på fredag.", _visitator, TestData.Now);
        var summary = c.AddJournalNote("Opsummering.", _visitator, TestData.Now, kind: JournalNoteKind.VisitationSummary);
        Assert.Equal((JournalNoteKind.Note, JournalNoteKind.VisitationSummary), (typed.Kind, summary.Kind));
    }

    [Theory]
    [InlineData(null, "Notatet skal udfyldes.")]
    [InlineData("   ", "Notatet skal udfyldes.")]
    public void An_empty_note_is_refused(string? text, string message)
    {
        var c = TestData.NewCase(visitator: _visitator);
        var ex = Assert.Throws<DomainValidationException>(() => c.AddJournalNote(text, _visitator, TestData.Now));
        Assert.Equal(message, ex.Errors["Text"]);
        Assert.Empty(c.Notes);
    }

    [Fact]
    public void A_too_long_note_is_refused()
    {
        var errors = JournalNote.Validate(new string('x', JournalNote.TextMax + 1));
        Assert.Equal("Notatet må højst være 4000 tegn (der er 4001).", errors["Text"]);
    }

    [Fact]
    public void The_same_note_submitted_twice_is_stored_once()
    {
        var c = TestData.NewCase(visitator: _visitator);
        var request = Guid.NewGuid();
        c.AddJournalNote("Notat", _visitator, TestData.Now, request);
        c.AddJournalNote("Notat", _visitator, TestData.Now, request);
        Assert.Single(c.Notes);
    }

    [Fact]
    public void Timeline_merges_events_and_notes_newest_first()
    {
        var c = TestData.NewCase(visitator: _visitator);
        c.AddJournalNote("Første notat", _visitator, TestData.Now.AddHours(1));
        c.MoveTo(CaseStatus.Visiteret, _visitator, TestData.Now.AddHours(2));

        var timeline = TimelineEntry.For(c);

        Assert.Equal("Status ændret", timeline[0].Title);
        Assert.Equal("Første notat", timeline[1].Text);
        Assert.True(timeline[1].IsNote);
        Assert.Equal("Sag oprettet", timeline[^1].Title);
    }

    [Fact]
    public void Updating_the_citizen_does_not_put_the_address_on_the_timeline()
    {
        var c = TestData.NewCase(protectedAddress: true, visitator: _visitator);
        var details = Portal.Domain.Citizens.CitizenDetails.From(c.Citizen);
        details.Address = "Ny Hemmelig Vej 9, 6700 Esbjerg";
        c.UpdateCitizen(details, _visitator, TestData.Now);

        Assert.DoesNotContain(c.Events, e => e.Text.Contains("Hemmelig", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Ny Hemmelig Vej 9, 6700 Esbjerg", c.Citizen.Address);
    }
}
