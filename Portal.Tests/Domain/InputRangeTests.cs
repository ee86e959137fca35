using Portal.Domain.Citizens;
using Portal.Domain.CrisisPlans;
using Portal.Domain.HelpLines;
using Portal.Domain.Incidents;
using Portal.Domain.Tasks;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

/// <summary>Input that got in before: control characters in text, dates far out of range, a negative order.</summary>
public class InputRangeTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData("Anne\0Jensen")]
    [InlineData("Anne\u001bJensen")]
    [InlineData("\u0007")]
    public void A_control_character_is_refused_in_a_name(string name)
    {
        var details = new CitizenDetails { Name = name };
        Assert.Contains("styretegn", details.Validate()["Name"]);
    }

    [Fact]
    public void Line_breaks_and_tabs_are_fine_in_text()
    {
        Assert.False(TextRules.HasControlCharacter("Linje et\nLinje to\r\n\tindrykket"));
        var errors = new FieldErrors();
        TextRules.MaxLength(errors, "Text", "Linje et\nLinje to", "Teksten", 100);
        Assert.True(errors.IsValid);
    }

    [Fact]
    public void A_control_character_is_refused_in_plan_text()
    {
        var content = new CrisisPlanContent { WarningSigns = "Han ringer\0" };
        Assert.NotNull(content.Validate(Today)[nameof(CrisisPlanContent.WarningSigns)]);
    }

    [Fact]
    public void An_incident_in_1800_is_refused_and_one_last_year_is_not()
    {
        var old = new IncidentForm { Date = new DateOnly(1800, 1, 1), WhatHappened = "Han stod ved døren." };
        Assert.Contains("for langt tilbage", old.Validate(Today)[nameof(IncidentForm.Date)]);
        var recent = new IncidentForm { Date = Today.AddYears(-1), WhatHappened = "Han stod ved døren." };
        Assert.Null(recent.Validate(Today)[nameof(IncidentForm.Date)]);
    }

    [Fact]
    public void A_plan_review_in_2999_is_refused()
    {
        var content = new CrisisPlanContent { NextReview = new DateOnly(2999, 1, 1) };
        Assert.Contains("for langt ude i fremtiden", content.Validate(Today)[nameof(CrisisPlanContent.NextReview)]);
        Assert.Null(new CrisisPlanContent { NextReview = Today.AddMonths(3) }.Validate(Today)[nameof(CrisisPlanContent.NextReview)]);
    }

    [Fact]
    public void A_task_deadline_in_2999_is_refused()
    {
        var form = new TaskForm { Title = "Ring", OwnerId = 1, Due = new DateOnly(2999, 1, 1) };
        Assert.NotNull(form.Validate(new HashSet<int> { 1 }, Today)[nameof(TaskForm.Due)]);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(10_001, false)]
    public void A_help_line_order_is_zero_or_more(int order, bool valid)
    {
        var details = new HelpLineDetails { Name = "Linje", DiscreetName = "Linje", Number = "70 20 30 40", OpeningHours = "Døgnet rundt", SortOrder = order };
        Assert.Equal(valid, details.Validate()[nameof(HelpLineDetails.SortOrder)] is null);
    }
}
