using Bunit;
using Portal.Components.CrisisPlans;
using Portal.Domain.CrisisPlans;
using Portal.Domain.Validation;

namespace Portal.Tests.Components;

public class CrisisPlanEditorTests : ComponentTestBase
{
    [Fact]
    public void People_are_added_typed_and_removed_in_place()
    {
        var people = new List<CrisisPlanForm.PersonRow> { new() { Name = "Hanne", Phone = "20304050" } };
        var editor = Render<TrustedPeopleEditor>(p => p.Add(e => e.People, people));

        editor.Find("[data-testid=person-add]").Click();
        Assert.Equal(2, editor.FindAll("[data-testid=person-row]").Count);
        editor.FindAll("[data-testid=person-name]")[1].Input("Inger");
        editor.FindAll("[data-testid=person-phone]")[1].Input("31415161");
        Assert.Equal(("Inger", "31415161"), (people[1].Name, people[1].Phone));

        editor.FindAll("[data-testid=person-remove]")[0].Click();
        Assert.Equal("Inger", Assert.Single(people).Name);
    }

    [Fact]
    public void A_row_error_is_shown_beside_its_field()
    {
        var errors = new FieldErrors();
        errors.Add("TrustedPeople[0].Phone", "Telefonnummeret skal udfyldes.");
        var editor = Render<TrustedPeopleEditor>(p => p
            .Add(e => e.People, [new CrisisPlanForm.PersonRow { Name = "Hanne" }])
            .Add(e => e.Errors, errors));
        Assert.Contains("Telefonnummeret skal udfyldes.", editor.Find("[data-testid=person-row]").TextContent);
    }

    [Fact]
    public void A_section_shows_its_title_help_and_content()
    {
        var section = Render<PlanSection>(p => p
            .Add(s => s.Title, "3. Sikre steder")
            .Add(s => s.Help, "Skriv ikke borgerens egen adresse.")
            .AddChildContent("<textarea id=places></textarea>"));
        Assert.Equal("3. Sikre steder", section.Find("h2").TextContent);
        Assert.Contains("Skriv ikke borgerens egen adresse.", section.Markup);
        Assert.NotNull(section.Find("#places"));
    }
}
