using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Domain.Cases;

/// <summary>Sparring: a colleague asks the visitator for advice on a case; the answer becomes a journal note.</summary>
public sealed class Consultation
{
    public const int TextMax = 4000;

    private Consultation() { }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public string Question { get; private set; } = "";
    public int AskedById { get; private set; }
    public string AskedByName { get; private set; } = "";
    public DateTimeOffset AskedAt { get; private set; }
    public string? Answer { get; private set; }
    public int? AnsweredById { get; private set; }
    public string? AnsweredByName { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public Guid RequestId { get; private set; }
    public Guid Version { get; set; }

    public bool IsAnswered => AnsweredAt is not null;

    public static FieldErrors Validate(string? text, string label)
    {
        var errors = new FieldErrors();
        TextRules.Required(errors, "Text", text, label, TextMax);
        return errors;
    }

    /// <summary>
    /// Who may ask for sparring on a case: a contact person or counsellor (visitators answer; they do not ask) who may
    /// work on the case — not someone reading it by emergency access.
    /// </summary>
    public static bool MayAsk(StaffMember staff, bool mayWorkOnCase, bool byEmergencyAccess) =>
        staff.May(Capability.AskConsultation) && mayWorkOnCase && !byEmergencyAccess;

    /// <summary><see cref="MayAsk(StaffMember, bool, bool)"/> for the viewer of a case page.</summary>
    public static bool MayAsk(CaseView view, StaffMember viewer) => MayAsk(viewer, view.CanWork, view.ByEmergencyAccess);

    /// <summary><see cref="MayAsk(StaffMember, bool, bool)"/> on the case itself; emergency access never lets one change a case.</summary>
    public static bool MayAsk(Case @case, StaffMember staff, DateTimeOffset now) =>
        MayAsk(staff, CaseAccess.Allows(@case, staff, CaseOperation.Change, now), byEmergencyAccess: false);

    public static Consultation Ask(Case @case, string? question, StaffMember askedBy, DateTimeOffset now, Guid requestId)
    {
        Validate(question, "Spørgsmålet").ThrowIfInvalid();
        if (!CaseAccess.CanSee(@case, askedBy, now)) throw new DomainRuleException("Du har ikke adgang til sagen.");
        if (!MayAsk(@case, askedBy, now)) throw new DomainRuleException("Din rolle kan ikke bede om sparring på sagen.");
        return new Consultation
        {
            CaseId = @case.Id,
            Question = question!.Trim(),
            AskedById = askedBy.Id,
            AskedByName = askedBy.Name,
            AskedAt = now,
            RequestId = requestId,
        };
    }

    /// <summary>The visitator answers; the question and answer are written to the case journal.</summary>
    public JournalNote AnswerOn(Case @case, string? answer, StaffMember visitator, DateTimeOffset now)
    {
        Validate(answer, "Svaret").ThrowIfInvalid();
        if (visitator.Role != Role.Visitator) throw new DomainRuleException("Kun en stalkingvisitator kan svare på sparring.");
        if (IsAnswered) throw new DomainRuleException($"Sparringen er allerede besvaret af {AnsweredByName}.");
        if (@case.Id != CaseId) throw new DomainRuleException("Sparringen hører til en anden sag.");
        Answer = answer!.Trim();
        AnsweredById = visitator.Id;
        AnsweredByName = visitator.Name;
        AnsweredAt = now;
        return @case.AddJournalNote($"Sparring med {visitator.Name}\nSpørgsmål fra {AskedByName}: {Question}\nSvar: {Answer}", visitator, now);
    }
}
