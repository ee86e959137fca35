using Bunit;
using Portal.Components.ContactPersons;
using Portal.Domain.ContactPersons;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Tests.Components;

public class ContactPersonPickerTests : ComponentTestBase
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static IReadOnlyList<RankedCandidate> Candidates() => ContactPersonRanking.Rank(
        new ContactPersonWishes { PreferredGender = Gender.Kvinde, Language = "arabisk" },
        [
            new CandidateLoad(new StaffMember("kontaktperson.sofie", "Sofie Bak", Role.Kontaktperson, "Jobcenter", 20)
                { Id = 1, Gender = Gender.Kvinde, StalkingTrainedOn = new DateOnly(2025, 3, 12) }, 13),
            new CandidateLoad(new StaffMember("kontaktperson.fatima", "Fatima Hassan", Role.Kontaktperson, "Socialområdet", 22)
                { Id = 2, Gender = Gender.Kvinde, Languages = ["dansk", "arabisk"] }, 4),
            new CandidateLoad(new StaffMember("kontaktperson.anders", "Anders Mikkelsen", Role.Kontaktperson, "Børn og Familie", 5)
                { Id = 3, Gender = Gender.Mand, StalkingTrainedOn = new DateOnly(2026, 8, 1) }, 5),
        ],
        [], Today);

    private IRenderedComponent<ContactPersonPicker> RenderPicker(List<ContactPersonChoice> chosen, string? currentName = null,
        Func<ContactPersonChoice, Task>? onAssign = null) =>
        Render<ContactPersonPicker>(p => p
            .Add(x => x.Candidates, Candidates())
            .Add(x => x.CurrentName, currentName)
            .Add(x => x.OnAssign, onAssign ?? (choice => { chosen.Add(choice); return Task.CompletedTask; })));

    [Fact]
    public void Shows_the_candidates_in_rank_order_with_their_reasons_and_full_capacity_last()
    {
        var picker = RenderPicker([]);

        var rows = picker.FindAll("[data-testid=candidate]");
        Assert.Equal(["Sofie Bak", "Fatima Hassan", "Anders Mikkelsen"], picker.FindAll("[data-testid=candidate-name]").Select(n => n.TextContent));
        Assert.Contains("Uddannet i stalking 12-03-2025", rows[0].TextContent);
        Assert.Contains("Ledig kapacitet: 7 af 20", rows[0].TextContent);
        Assert.Contains("Borgeren ønsker en kvinde", rows[0].TextContent);
        Assert.Contains("Taler arabisk", rows[1].TextContent);
        Assert.Equal("true", rows[2].GetAttribute("data-full"));
        Assert.Equal("Fuld kapacitet", rows[2].QuerySelector("[data-testid=candidate-full]")!.TextContent);
        Assert.Contains("Fuld kapacitet: 5 af 5 sager", rows[2].TextContent);
        Assert.Empty(picker.FindAll("[data-testid=assign-panel]"));
    }

    [Fact]
    public void A_first_assignment_is_chosen_and_confirmed_without_a_note()
    {
        var chosen = new List<ContactPersonChoice>();
        var picker = RenderPicker(chosen);

        picker.FindAll("[data-testid=candidate-choose]")[1].Click();
        Assert.Contains("Gør Fatima Hassan til fast kontaktperson", picker.Find("[data-testid=assign-panel]").TextContent);
        Assert.Empty(picker.FindAll("[data-testid=handover-note]"));
        picker.Find("[data-testid=assign-confirm]").Click();

        Assert.Equal([new ContactPersonChoice(2, null)], chosen);
    }

    [Fact]
    public void A_reassignment_asks_for_a_handover_note_beside_the_field_before_anything_is_sent()
    {
        var chosen = new List<ContactPersonChoice>();
        var picker = RenderPicker(chosen, currentName: "Line Vestergaard");

        picker.FindAll("[data-testid=candidate-choose]")[0].Click();
        Assert.Contains("Line Vestergaard afløses", picker.Find("[data-testid=assign-panel]").TextContent);
        picker.Find("[data-testid=assign-confirm]").Click();

        Assert.Empty(chosen);
        Assert.Contains(ContactPersonAssignment.HandoverNoteRequired, picker.Find("[data-testid=assign-panel]").TextContent);

        picker.Find("[data-testid=handover-note]").Input("Borgeren ringes op tirsdag kl. 10.");
        picker.Find("[data-testid=assign-confirm]").Click();

        Assert.Equal([new ContactPersonChoice(1, "Borgeren ringes op tirsdag kl. 10.")], chosen);
        Assert.DoesNotContain(ContactPersonAssignment.HandoverNoteRequired, picker.Markup);
    }

    [Fact]
    public void A_full_candidate_can_be_chosen_with_a_warning()
    {
        var chosen = new List<ContactPersonChoice>();
        var picker = RenderPicker(chosen);

        picker.FindAll("[data-testid=candidate-choose]")[2].Click();

        Assert.Contains("Anders Mikkelsen har fuld kapacitet (5 af 5 sager)", picker.Find("[data-testid=assign-full-warning]").TextContent);
        picker.Find("[data-testid=assign-confirm]").Click();
        Assert.Equal(3, Assert.Single(chosen).StaffId);
    }

    [Fact]
    public void A_double_click_while_saving_assigns_once()
    {
        var chosen = new List<ContactPersonChoice>();
        var saving = new TaskCompletionSource();
        var picker = RenderPicker(chosen, onAssign: async choice =>
        {
            chosen.Add(choice);
            await saving.Task;
        });
        picker.FindAll("[data-testid=candidate-choose]")[0].Click();

        var confirm = picker.Find("[data-testid=assign-confirm]");
        confirm.Click();
        picker.Find("[data-testid=assign-confirm]").Click();
        saving.SetResult();

        Assert.Single(chosen);
    }

    [Fact]
    public void Messages_from_the_server_are_shown()
    {
        var errors = new FieldErrors();
        errors.Add("HandoverNote", "Overdragelsesnoten må højst være 500 tegn (der er 612).");
        var picker = Render<ContactPersonPicker>(p => p
            .Add(x => x.Candidates, Candidates())
            .Add(x => x.CurrentName, "Line Vestergaard")
            .Add(x => x.Errors, errors)
            .Add(x => x.Message, "Sagen er ændret af en anden."));

        Assert.Equal("Sagen er ændret af en anden.", picker.Find("[data-testid=assign-message]").TextContent.Trim());
        picker.FindAll("[data-testid=candidate-choose]")[0].Click();
        Assert.Contains("Overdragelsesnoten må højst være 500 tegn", picker.Find("[data-testid=assign-panel]").TextContent);
    }
}
