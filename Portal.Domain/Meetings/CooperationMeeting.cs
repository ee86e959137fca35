using System.Text.Json;
using Portal.Domain.Cases;
using Portal.Domain.Staff;
using Portal.Domain.Tasks;
using Portal.Domain.Validation;

namespace Portal.Domain.Meetings;

/// <summary>A cooperation meeting (samarbejdsmøde): agencies and citizen agree actions, each with an owner and a deadline.</summary>
public sealed class CooperationMeeting
{
    private CooperationMeeting() { }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public DateTimeOffset HeldAt { get; private set; }
    public bool CitizenPresent { get; private set; }
    public string ParticipantsJson { get; private set; } = "[]";
    public string? Notes { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public Guid RequestId { get; private set; }

    public IReadOnlyList<Participant> Participants => JsonSerializer.Deserialize<List<Participant>>(ParticipantsJson) ?? [];

    /// <summary>Records the meeting; returns one task per action for its owner.</summary>
    public static (CooperationMeeting Meeting, IReadOnlyList<CaseTask> Tasks) Record(Case @case, MeetingForm form, StaffMember by,
        IReadOnlySet<int> eligibleOwners, TimeZoneInfo zone, DateTimeOffset now, Guid requestId)
    {
        form.Validate(eligibleOwners).ThrowIfInvalid();
        var local = form.Date!.Value.ToDateTime(form.Time ?? new TimeOnly(9, 0));
        var meeting = new CooperationMeeting
        {
            CaseId = @case.Id,
            HeldAt = new DateTimeOffset(local, zone.GetUtcOffset(local)),
            CitizenPresent = form.CitizenPresent,
            ParticipantsJson = JsonSerializer.Serialize(form.Participants.Where(p => !p.IsEmpty).Select(p => new Participant(p.Name!.Trim(), p.Agency!.Trim())).ToList()),
            Notes = TextRules.Clean(form.Notes),
            RecordedByName = by.Name,
            RecordedAt = now,
            RequestId = requestId,
        };
        var tasks = form.Actions.Where(a => !a.IsEmpty).Select(a =>
        {
            var due = a.Deadline!.Value.ToDateTime(new TimeOnly(16, 0));
            return new CaseTask(@case.Id, a.OwnerId!.Value, a.What!.Trim(), TaskSource.Samarbejdsmoede, now, new DateTimeOffset(due, zone.GetUtcOffset(due)), requestId);
        }).ToList();
        @case.RecordMeeting(form.Date.Value, tasks.Count, by, now);
        return (meeting, tasks);
    }
}

public sealed record Participant(string Name, string Agency);

public sealed class MeetingForm
{
    public DateOnly? Date { get; set; }
    public TimeOnly? Time { get; set; }
    public bool CitizenPresent { get; set; }
    public List<ParticipantRow> Participants { get; set; } = [new()];
    public string? Notes { get; set; }
    public List<ActionRow> Actions { get; set; } = [new()];

    public sealed class ParticipantRow
    {
        public string? Name { get; set; }
        public string? Agency { get; set; }
        public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Agency);
    }

    public sealed class ActionRow
    {
        public string? What { get; set; }
        public int? OwnerId { get; set; }
        public DateOnly? Deadline { get; set; }
        public bool IsEmpty => string.IsNullOrWhiteSpace(What) && OwnerId is null && Deadline is null;
    }

    public FieldErrors Validate(IReadOnlySet<int> eligibleOwners)
    {
        var e = new FieldErrors();
        e.AddIf(Date is null, nameof(Date), "Angiv mødets dato.");
        DateRules.Plausible(e, nameof(Date), Date);
        var people = Participants.Where(p => !p.IsEmpty).ToList();
        e.AddIf(people.Count == 0 && !CitizenPresent, nameof(Participants), "Angiv mindst én deltager.");
        for (var i = 0; i < Participants.Count; i++)
        {
            if (Participants[i].IsEmpty) continue;
            TextRules.Required(e, $"Participants[{i}].Name", Participants[i].Name, "Navnet", 100);
            TextRules.Required(e, $"Participants[{i}].Agency", Participants[i].Agency, "Organisationen", 100);
        }
        for (var i = 0; i < Actions.Count; i++)
        {
            var a = Actions[i];
            if (a.IsEmpty) continue;
            TextRules.Required(e, $"Actions[{i}].What", a.What, "Handlingen", 200);
            e.AddIf(a.OwnerId is null, $"Actions[{i}].OwnerId", "Vælg en ansvarlig.");
            e.AddIf(a.OwnerId is { } owner && !eligibleOwners.Contains(owner), $"Actions[{i}].OwnerId", "Den ansvarlige kan ikke få opgaver i Portal.");
            e.AddIf(a.Deadline is null, $"Actions[{i}].Deadline", "Angiv en frist.");
            e.AddIf(a.Deadline is { } d && Date is { } held && d < held, $"Actions[{i}].Deadline", "Fristen kan ikke ligge før mødet.");
            DateRules.Plausible(e, $"Actions[{i}].Deadline", a.Deadline);
        }
        TextRules.MaxLength(e, nameof(Notes), Notes, "Referatet", 4000);
        return e;
    }
}
