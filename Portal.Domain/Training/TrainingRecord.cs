using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Domain.Training;

public enum TrainingCourse
{
    StalkingGrund,
    Visitator,
    Partnervold,
    Risikovurdering,
}

public static class TrainingCourseNames
{
    public static string Danish(this TrainingCourse course) => course switch
    {
        TrainingCourse.StalkingGrund => "Stalking, grunduddannelse",
        TrainingCourse.Visitator => "Stalkingvisitator",
        TrainingCourse.Partnervold => "Partnervold",
        TrainingCourse.Risikovurdering => "Risikovurdering",
        _ => course.ToString(),
    };

    /// <summary>Courses that make a contact person trained in stalking for the ranking.</summary>
    public static bool IsStalkingTraining(this TrainingCourse course) => course is TrainingCourse.StalkingGrund or TrainingCourse.Visitator;
}

public sealed class TrainingForm
{
    public int? StaffMemberId { get; set; }
    public TrainingCourse? Course { get; set; }
    public DateOnly? TrainedOn { get; set; }
    public DateOnly? RefresherDue { get; set; }

    public FieldErrors Validate(DateOnly today)
    {
        var e = new FieldErrors();
        if (StaffMemberId is null) e.Add(nameof(StaffMemberId), "Vælg medarbejderen.");
        if (Course is null) e.Add(nameof(Course), "Vælg uddannelsen.");
        if (TrainedOn is null) e.Add(nameof(TrainedOn), "Skriv hvornår uddannelsen blev gennemført.");
        else if (TrainedOn > today.AddYears(1)) e.Add(nameof(TrainedOn), "Datoen kan højst ligge et år fremme (en planlagt uddannelse).");
        else if (TrainedOn < new DateOnly(2000, 1, 1)) e.Add(nameof(TrainedOn), "Datoen ligger for langt tilbage.");
        if (RefresherDue is { } due && TrainedOn is { } on && due <= on)
            e.Add(nameof(RefresherDue), "Genopfriskning skal ligge efter uddannelsesdatoen.");
        return e;
    }
}

/// <summary>One entry in the trained-staff register: who was trained, when, in what, and when a refresher is due.</summary>
public sealed class TrainingRecord
{
    /// <summary>A refresher is due this many years after the course unless the administrator says otherwise.</summary>
    public const int DefaultRefresherYears = 2;

    private TrainingRecord() { }

    public int Id { get; private set; }
    public int StaffMemberId { get; private set; }
    public TrainingCourse Course { get; private set; }
    public DateOnly TrainedOn { get; private set; }
    public DateOnly RefresherDue { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    public bool RefresherOverdue(DateOnly today) => today > RefresherDue;

    public static TrainingRecord Record(TrainingForm form, StaffMember staff, StaffMember by, DateOnly today, DateTimeOffset now)
    {
        if (!by.May(Capability.Administer)) throw new DomainRuleException("Kun administratorer fører uddannelsesregistret.");
        form.Validate(today).ThrowIfInvalid();
        if (form.StaffMemberId != staff.Id) throw new ArgumentException("The form names another staff member.", nameof(staff));
        var record = new TrainingRecord
        {
            StaffMemberId = staff.Id,
            Course = form.Course!.Value,
            TrainedOn = form.TrainedOn!.Value,
            RefresherDue = form.RefresherDue ?? form.TrainedOn.Value.AddYears(DefaultRefresherYears),
            RecordedByName = by.Name,
            RecordedAt = now,
        };
        return record;
    }

    /// <summary>The stalking training the contact-person ranking reads: the latest stalking course in the staff member's register.</summary>
    public static DateOnly? LatestStalkingTraining(IEnumerable<TrainingRecord> records) =>
        records.Where(r => r.Course.IsStalkingTraining()).Select(r => (DateOnly?)r.TrainedOn).Max();

    /// <summary>For seeding and synthetic data.</summary>
    public static TrainingRecord Seed(int staffId, TrainingCourse course, DateOnly on, DateTimeOffset now) => new()
    {
        StaffMemberId = staffId, Course = course, TrainedOn = on, RefresherDue = on.AddYears(DefaultRefresherYears),
        RecordedByName = "Portal", RecordedAt = now,
    };
}
