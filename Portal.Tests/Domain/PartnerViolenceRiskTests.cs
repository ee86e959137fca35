using Portal.Domain.Cases;
using Portal.Domain.Risk;
using Portal.Domain.Staff;
using Portal.Domain.Tasks;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

public class PartnerViolenceRiskTests
{
    private static Instrument Checklist() =>
        Instrument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "assets", "instruments", "partnervold-risiko.v1.json")));

    private static Dictionary<string, string> PlainYes(Instrument instrument, int yes)
    {
        var plain = instrument.Items.Where(i => i.MinimumLevel is null).Select(i => i.Id).ToList();
        Assert.True(plain.Count >= yes);
        return instrument.Items.ToDictionary(i => i.Id, i => plain.IndexOf(i.Id) is var n && n >= 0 && n < yes ? "ja" : "nej");
    }

    [Fact]
    public void The_checklist_has_24_yes_no_unknown_questions()
    {
        var c = Checklist();
        Assert.Equal(24, c.Items.Count);
        Assert.Equal(["ja", "nej", "ved-ikke"], c.Options.Select(o => o.Value));
    }

    [Theory]
    [InlineData(0, RiskLevel.Lav)]
    [InlineData(9, RiskLevel.Lav)]
    [InlineData(10, RiskLevel.Middel)]
    [InlineData(11, RiskLevel.Middel)]
    [InlineData(13, RiskLevel.Middel)]
    [InlineData(14, RiskLevel.Hoej)]
    [InlineData(15, RiskLevel.Hoej)]
    public void Fourteen_or_more_yes_is_high(int yes, RiskLevel expected)
    {
        var c = Checklist();
        var score = c.Score(PlainYes(c, yes));
        Assert.Equal((yes, expected), (score.Score, score.Level));
    }

    [Theory]
    [InlineData("kvaelning")]
    [InlineData("trusler-drab")]
    [InlineData("stalking")]
    [InlineData("frygt")]
    [InlineData("eskalering")]
    public void The_high_risk_signs_mean_high_whatever_the_score(string item)
    {
        var c = Checklist();
        var answers = PlainYes(c, 0);
        answers[item] = "ja";
        var score = c.Score(answers);
        Assert.Equal((1, RiskLevel.Lav, RiskLevel.Hoej), (score.Score, score.LevelByScore, score.Level));
    }

    [Fact]
    public void The_risk_page_asks_the_case_question_with_the_same_rules_and_may_also_answer_that_it_is_due()
    {
        var today = new DateOnly(2026, 11, 24);
        Assert.Equal("Der er børn i husstanden: tag stilling til, om der skal underrettes.",
            new ChildrenDecisionForm().Validate(today, pendingAllowed: true)["Decision"]);
        Assert.Equal("Begrundelsen skal udfyldes.",
            new ChildrenDecisionForm { Decision = ChildWelfareDecision.IkkeNoedvendig, Reason = " " }.Validate(today, pendingAllowed: true)["Reason"]);
        var sent = new ChildrenDecisionForm { Decision = ChildWelfareDecision.Underrettet }.Validate(today, pendingAllowed: true);
        Assert.Equal(("Angiv datoen, underretningen blev sendt.", "Modtageren skal udfyldes."), (sent["SentOn"], sent["SentTo"]));
        Assert.True(new ChildrenDecisionForm { Decision = ChildWelfareDecision.SkalUnderrettes }.Validate(today, pendingAllowed: true).IsValid);
        // The case page settles it: "skal sendes" is no answer there.
        Assert.Equal(ChildrenDecisionForm.DecisionMissing, new ChildrenDecisionForm { Decision = ChildWelfareDecision.SkalUnderrettes }.Validate(today)["Decision"]);
    }

    [Fact]
    public void A_high_level_asks_the_owner_to_call_a_cooperation_meeting()
    {
        var visitator = TestData.Staff(1, Role.Visitator);
        var owner = TestData.Staff(2, Role.Kontaktperson);
        var c = TestData.NewCase(visitator: visitator);
        c.AssignContactPerson(owner, visitator, TestData.Now);
        var checklist = Checklist();
        var answers = PlainYes(checklist, 2);
        answers["kvaelning"] = "ja";
        var assessment = RiskAssessment.Create(c.Id, checklist, answers, null, null, owner, TestData.Now);
        var tasks = RiskFollowUp.TasksFor(c, assessment, notificationNowDue: true, TestData.Now, (from, days) => from.AddDays(days));

        Assert.Equal([RiskFollowUp.CallMeeting, RiskFollowUp.SendNotification], tasks.Select(t => t.Title));
        // The meeting service closes the call by its source, not by its title.
        Assert.Equal([TaskSource.Moedeindkaldelse, TaskSource.Underretning], tasks.Select(t => t.Source));
        Assert.All(tasks, t => Assert.Equal(owner.Id, t.OwnerId));
    }

    [Fact]
    public void A_low_level_without_children_gives_no_tasks_and_without_a_contact_person_the_visitator_owns_them()
    {
        var visitator = TestData.Staff(1, Role.Visitator);
        var c = TestData.NewCase(visitator: visitator);
        var checklist = Checklist();
        var low = RiskAssessment.Create(c.Id, checklist, PlainYes(checklist, 1), null, null, visitator, TestData.Now);
        Assert.Empty(RiskFollowUp.TasksFor(c, low, false, TestData.Now, (f, d) => f));

        var raised = RiskAssessment.Create(c.Id, checklist, PlainYes(checklist, 1), RiskLevel.Hoej, "Kniv i bilen.", visitator, TestData.Now);
        Assert.Equal(visitator.Id, Assert.Single(RiskFollowUp.TasksFor(c, raised, false, TestData.Now, (f, d) => f)).OwnerId);
    }

    [Fact]
    public void A_task_is_closed_by_its_owner_with_who_and_when()
    {
        var task = new CaseTask(1, 2, RiskFollowUp.CallMeeting, TaskSource.Risikovurdering, TestData.Now, TestData.Now.AddDays(5));
        Assert.False(task.IsOverdue(TestData.Now.AddDays(5)));
        Assert.True(task.IsOverdue(TestData.Now.AddDays(6)));
        Assert.Throws<DomainRuleException>(() => task.Close(TestData.Staff(3, Role.Kontaktperson), TestData.Now));

        task.Close(TestData.Staff(2, Role.Kontaktperson, "Sofie"), TestData.Now.AddDays(1));

        Assert.Equal(("Sofie 2", TestData.Now.AddDays(1)), (task.ClosedByName, task.ClosedAt!.Value));
        Assert.False(task.IsOverdue(TestData.Now.AddDays(9)));
    }
}

public class TaskFormTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void A_follow_up_task_needs_a_title_an_eligible_owner_and_no_past_deadline()
    {
        var form = new TaskForm { Title = " ", OwnerId = 9, Due = Today.AddDays(-1) };
        var errors = form.Validate(new HashSet<int> { 1, 2 }, Today);
        Assert.Equal("Opgaven skal udfyldes.", errors["Title"]);
        Assert.Equal("Den ansvarlige kan ikke få opgaver på sagen.", errors["OwnerId"]);
        Assert.Equal("Fristen kan ikke ligge i fortiden.", errors["Due"]);
        Assert.True(new TaskForm { Title = "Ring borgeren op", OwnerId = 2, Due = Today }.Validate(new HashSet<int> { 2 }, Today).IsValid);
    }

    [Fact]
    public void A_closed_task_keeps_its_deadline()
    {
        var task = new CaseTask(1, 2, "Gennemgå kriseplanen", TaskSource.Kriseplan, TestData.Now, TestData.Now.AddDays(3));
        task.Reschedule(TestData.Now.AddDays(10));
        Assert.Equal(TestData.Now.AddDays(10), task.DueAt);
        task.Close(TestData.Staff(2, Role.Raadgiver), TestData.Now);
        task.Reschedule(TestData.Now.AddDays(20));
        Assert.Equal(TestData.Now.AddDays(10), task.DueAt);
    }
}
