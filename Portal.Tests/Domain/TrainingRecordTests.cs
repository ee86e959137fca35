using Portal.Domain.Staff;
using Portal.Domain.Training;
using Portal.Domain.Validation;

namespace Portal.Tests.Domain;

public class TrainingRecordTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void A_training_gets_a_refresher_two_years_on_unless_one_is_given()
    {
        var admin = TestData.Staff(1, Role.Administrator);
        var staff = TestData.Staff(2, Role.Kontaktperson);
        var r = TrainingRecord.Record(new TrainingForm { StaffMemberId = 2, Course = TrainingCourse.StalkingGrund, TrainedOn = new DateOnly(2025, 3, 1) },
            staff, admin, Today, TestData.Now);
        Assert.Equal(new DateOnly(2027, 3, 1), r.RefresherDue);
        Assert.False(r.RefresherOverdue(Today));
        Assert.True(r.RefresherOverdue(new DateOnly(2027, 3, 2)));
    }

    [Fact]
    public void Only_administrators_keep_the_register()
    {
        var staff = TestData.Staff(2, Role.Kontaktperson);
        var refused = Assert.Throws<DomainRuleException>(() => TrainingRecord.Record(
            new TrainingForm { StaffMemberId = 2, Course = TrainingCourse.Partnervold, TrainedOn = Today }, staff, TestData.Staff(3, Role.Leder), Today, TestData.Now));
        Assert.Equal("Kun administratorer fører uddannelsesregistret.", refused.Message);
    }

    [Fact]
    public void A_wrong_entry_gets_Danish_messages()
    {
        var e = new TrainingForm { TrainedOn = Today, RefresherDue = Today.AddDays(-1) }.Validate(Today);
        Assert.Equal("Vælg medarbejderen.", e["StaffMemberId"]);
        Assert.Equal("Vælg uddannelsen.", e["Course"]);
        Assert.Equal("Genopfriskning skal ligge efter uddannelsesdatoen.", e["RefresherDue"]);
        Assert.Equal("Datoen kan højst ligge et år fremme (en planlagt uddannelse).",
            new TrainingForm { StaffMemberId = 1, Course = TrainingCourse.Visitator, TrainedOn = Today.AddYears(2) }.Validate(Today)["TrainedOn"]);
    }

    [Fact]
    public void The_ranking_reads_the_latest_stalking_course_from_the_register()
    {
        var records = new[]
        {
            TrainingRecord.Seed(2, TrainingCourse.StalkingGrund, new DateOnly(2023, 5, 1), TestData.Now),
            TrainingRecord.Seed(2, TrainingCourse.Visitator, new DateOnly(2025, 9, 1), TestData.Now),
            TrainingRecord.Seed(2, TrainingCourse.Risikovurdering, new DateOnly(2026, 1, 1), TestData.Now),
        };
        Assert.Equal(new DateOnly(2025, 9, 1), TrainingRecord.LatestStalkingTraining(records));
        Assert.Null(TrainingRecord.LatestStalkingTraining([TrainingRecord.Seed(2, TrainingCourse.Partnervold, Today, TestData.Now)]));
    }
}
