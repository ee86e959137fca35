using Bunit;
using Portal.Components.CrisisPlans;
using Portal.Domain.CrisisPlans;
using Portal.Domain.HelpLines;
using Portal.Domain.Validation;

namespace Portal.Tests.Components;

public class CrisisPlanEditorTests : ComponentTestBase
{
    private static CrisisPlanForm Form() => new() { TrustedPeople = [new()] };

    [Fact]
    public void The_editor_shows_the_domains_sections_in_order_with_number_title_and_help()
    {
        var editor = Render<CrisisPlanEditor>(p => p.Add(e => e.Form, Form()));

        var headings = editor.FindAll("section.portal-plan-section h2").Select(h => h.TextContent).ToList();
        Assert.Equal(CrisisPlanSections.All.Select(s => s.Heading), headings);
        Assert.Equal("1. Tegn på fare", headings[0]);
        Assert.Contains("Skriv ikke borgerens egen adresse.", editor.Find("section[aria-label='3. Sikre steder']").TextContent);
    }

    [Fact]
    public void Typing_changes_the_form_and_raises_changed()
    {
        var form = Form();
        var changes = 0;
        var editor = Render<CrisisPlanEditor>(p => p.Add(e => e.Form, form).Add(e => e.Changed, () => changes++));

        editor.Find("[data-testid=plan-warning]").Input("Han sender blomster.");
        editor.Find("[data-testid=person-name]").Input("Hanne");
        editor.Find("[data-testid=person-add]").Click();

        Assert.Equal(("Han sender blomster.", "Hanne", 2), (form.WarningSigns, form.TrustedPeople[0].Name, form.TrustedPeople.Count));
        Assert.Equal(3, changes);
    }

    [Fact]
    public void Help_lines_are_listed_and_errors_shown_beside_their_fields()
    {
        var errors = new FieldErrors();
        errors.Add("SafePlaces", "Teksten må højst være 2000 tegn.");
        var line = new HelpLine(new HelpLineDetails { Name = "Lev Uden Vold", DiscreetName = "Rådgivning", Number = "1888", OpeningHours = "Døgnet rundt" });
        var editor = Render<CrisisPlanEditor>(p => p.Add(e => e.Form, Form()).Add(e => e.Errors, errors).Add(e => e.HelpLines, [line]));

        Assert.Contains("1888 – Lev Uden Vold", editor.Find(".portal-helplines li").TextContent);
        Assert.Contains("Teksten må højst være 2000 tegn.", editor.Find("section[aria-label='3. Sikre steder']").TextContent);
    }

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
