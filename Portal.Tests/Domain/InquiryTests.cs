using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.Inquiries;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

public class InquiryTests
{
    private static InquiryForm Form(bool danger = false) => new()
    {
        InDangerNow = danger,
        CallerKind = CallerKind.Borgeren,
        EntryChannel = EntryChannel.Borger,
        CitizenName = "Lene Vinther",
        CitizenPhone = "40112233",
        Kind = InquiryKind.Stalking,
    };

    [Fact]
    public void The_danger_question_must_be_answered_first()
    {
        var form = Form();
        form.InDangerNow = null;
        Assert.Equal("Svar på, om borgeren er i fare lige nu.", form.Validate()["InDangerNow"]);
    }

    [Fact]
    public void A_professional_caller_must_give_a_name()
    {
        var form = Form();
        form.CallerKind = CallerKind.Fagperson;
        Assert.Equal("Navnet på den, der henvender sig, skal udfyldes.", form.Validate()["CallerName"]);
    }

    [Fact]
    public void Taking_an_acute_inquiry_marks_the_case_acute_and_records_who()
    {
        var visitator = TestData.Staff(1, Role.Visitator, "Mette");
        var inquiry = Inquiry.Register(Form(danger: true), visitator, TestData.Now, Guid.NewGuid());
        var c = Case.Open("2026-0100", new Citizen(inquiry.CitizenDetails()), inquiry.Kind.ToCaseKind(), inquiry.EntryChannel, visitator, TestData.Now);

        inquiry.Take(visitator, c, TestData.Now.AddMinutes(5));

        Assert.True(c.IsAcute);
        Assert.Equal(("Mette 1", TestData.Now.AddMinutes(5)), (inquiry.TakenByName, inquiry.TakenAt));
        Assert.Equal("40 11 22 33", c.Citizen.Phone);
        var ex = Assert.Throws<DomainRuleException>(() => inquiry.Take(TestData.Staff(2, Role.Visitator), c, TestData.Now));
        Assert.Equal("Henvendelsen er allerede taget af Mette 1.", ex.Message);
    }

    [Fact]
    public void Only_visitators_take_and_only_front_line_staff_send_concerns()
    {
        var inquiry = Inquiry.Register(Form(), TestData.Staff(3, Role.Kontaktperson), TestData.Now, Guid.NewGuid());
        Assert.Equal("Kun en stalkingvisitator kan tage en henvendelse.",
            Assert.Throws<DomainRuleException>(() => inquiry.Take(TestData.Staff(3, Role.Kontaktperson), TestData.NewCase(), TestData.Now)).Message);

        var concern = new ConcernForm { InDangerNow = false, CitizenName = "X", EntryChannel = EntryChannel.Skole, Description = "Y", CitizenKnows = false };
        Assert.Equal("Kun fagpersoner sender bekymringer her.",
            Assert.Throws<DomainRuleException>(() => Inquiry.Report(concern, TestData.Staff(3, Role.Kontaktperson), TestData.Now, Guid.NewGuid())).Message);
        Assert.Equal(InquirySource.Bekymring, Inquiry.Report(concern, TestData.Staff(4, Role.Fagperson), TestData.Now, Guid.NewGuid()).Source);
    }

    [Fact]
    public void A_concern_needs_what_was_seen_and_whether_the_citizen_knows()
    {
        var errors = new ConcernForm { InDangerNow = false, CitizenName = "X", EntryChannel = EntryChannel.Skole }.Validate();
        Assert.Equal("Beskrivelsen af din bekymring skal udfyldes.", errors["Description"]);
        Assert.Equal("Svar på, om borgeren ved, at du sender bekymringen.", errors["CitizenKnows"]);
    }

    [Fact]
    public void An_inquiry_is_overdue_after_one_working_day()
    {
        var friday = new DateTimeOffset(2026, 11, 20, 13, 0, 0, TimeSpan.Zero);
        var inquiry = Inquiry.Register(Form(), TestData.Staff(1, Role.Visitator), friday, Guid.NewGuid());
        Assert.False(inquiry.IsOverdue(friday.AddDays(3), 1, DanishTime.Zone));           // Monday 13:00 is the deadline
        Assert.True(inquiry.IsOverdue(friday.AddDays(3).AddMinutes(1), 1, DanishTime.Zone));
    }

    [Fact]
    public void Sparring_is_answered_into_the_journal_once()
    {
        var visitator = TestData.Staff(1, Role.Visitator, "Mette");
        var owner = TestData.Staff(2, Role.Kontaktperson, "Sofie");
        var c = TestData.NewCase(visitator: visitator);
        c.AssignContactPerson(owner, visitator, TestData.Now);

        var q = Consultation.Ask(c, "Hvordan forbereder vi anmeldelsen?", owner, TestData.Now, Guid.NewGuid());
        var note = q.AnswerOn(c, "Brug hændelsesloggen som bilag.", visitator, TestData.Now.AddHours(1));

        Assert.Contains("Spørgsmål fra Sofie 2: Hvordan forbereder vi anmeldelsen?", note.Text);
        Assert.Contains("Svar: Brug hændelsesloggen som bilag.", note.Text);
        Assert.Equal("Sparringen er allerede besvaret af Mette 1.", Assert.Throws<DomainRuleException>(() => q.AnswerOn(c, "Igen", visitator, TestData.Now)).Message);
        Assert.Equal("Du har ikke adgang til sagen.",
            Assert.Throws<DomainRuleException>(() => Consultation.Ask(c, "?", TestData.Staff(9, Role.Kontaktperson), TestData.Now, Guid.NewGuid())).Message);
    }
}
