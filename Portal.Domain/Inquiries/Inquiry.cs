using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Domain.Inquiries;

public enum InquirySource
{
    /// <summary>Henvendelse: taken on the phone or at the desk.</summary>
    Henvendelse,
    /// <summary>Bekymring / opsporing: a front-line professional's report.</summary>
    Bekymring,
}

public enum CallerKind
{
    Borgeren,
    Fagperson,
    Paaroerende,
}

public enum InquiryKind
{
    Stalking,
    Partnervold,
    Begge,
    Usikker,
}

public static class InquiryNames
{
    public static string Danish(this CallerKind kind) => kind switch
    {
        CallerKind.Borgeren => "Borgeren selv",
        CallerKind.Fagperson => "En fagperson på borgerens vegne",
        CallerKind.Paaroerende => "En pårørende",
        _ => kind.ToString(),
    };

    public static string Danish(this InquiryKind kind) => kind switch
    {
        InquiryKind.Stalking => "Stalking",
        InquiryKind.Partnervold => "Partnervold",
        InquiryKind.Begge => "Både stalking og partnervold",
        InquiryKind.Usikker => "Usikker",
        _ => kind.ToString(),
    };

    /// <summary>The inquiry kind a case of <paramref name="kind"/> came in as (the reverse of <see cref="ToCaseKind"/>).</summary>
    public static InquiryKind ToInquiryKind(this CaseKind kind) => kind switch
    {
        CaseKind.Stalking => InquiryKind.Stalking,
        CaseKind.Partnervold => InquiryKind.Partnervold,
        CaseKind.StalkingOgPartnervold => InquiryKind.Begge,
        _ => InquiryKind.Usikker,
    };

    public static CaseKind ToCaseKind(this InquiryKind kind) => kind switch
    {
        InquiryKind.Stalking => CaseKind.Stalking,
        InquiryKind.Partnervold => CaseKind.Partnervold,
        InquiryKind.Begge => CaseKind.StalkingOgPartnervold,
        _ => CaseKind.Uafklaret,
    };
}

/// <summary>A first contact or a concern waiting in the visitator's inbox until someone takes it.</summary>
public sealed class Inquiry
{
    public const int TextMax = 4000;

    private Inquiry() { }

    public int Id { get; private set; }
    public InquirySource Source { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    /// <summary>The citizen is in danger right now: shown first in the inbox.</summary>
    public bool IsAcute { get; private set; }
    public CallerKind CallerKind { get; private set; }
    public string? CallerName { get; private set; }
    public string? CallerOrganisation { get; private set; }
    public string? CallerPhone { get; private set; }
    public EntryChannel EntryChannel { get; private set; }
    public string CitizenName { get; private set; } = "";
    public string? CitizenPhone { get; private set; }
    public string? CitizenCpr { get; private set; }
    public DateOnly? CitizenBirthDate { get; private set; }
    public InquiryKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    /// <summary>For a concern: whether the citizen knows it was reported.</summary>
    public bool? CitizenKnows { get; private set; }
    public int RegisteredById { get; private set; }
    /// <summary>The organisation whose inbox the inquiry is in: that of the one who registered or sent it.</summary>
    public int OrganisationId { get; private set; }
    public string RegisteredByName { get; private set; } = "";
    public int? TakenById { get; private set; }
    public string? TakenByName { get; private set; }
    public DateTimeOffset? TakenAt { get; private set; }
    public int? CaseId { get; private set; }
    public Case? Case { get; private set; }
    public Guid RequestId { get; private set; }
    public Guid Version { get; set; }

    public bool IsTaken => TakenAt is not null;

    public static Inquiry Register(InquiryForm form, StaffMember registeredBy, DateTimeOffset now, Guid requestId)
    {
        form.Validate().ThrowIfInvalid();
        return new Inquiry
        {
            Source = InquirySource.Henvendelse,
            ReceivedAt = now,
            IsAcute = form.InDangerNow == true,
            CallerKind = form.CallerKind!.Value,
            CallerName = TextRules.Clean(form.CallerName),
            CallerOrganisation = TextRules.Clean(form.CallerOrganisation),
            CallerPhone = PhoneNumber.TryNormalize(form.CallerPhone, out var cp) ? cp : null,
            EntryChannel = form.EntryChannel!.Value,
            CitizenName = form.CitizenName!.Trim(),
            CitizenPhone = PhoneNumber.TryNormalize(form.CitizenPhone, out var p) ? p : null,
            CitizenCpr = string.IsNullOrWhiteSpace(form.CitizenCpr) ? null : Cpr.Parse(form.CitizenCpr).Value,
            CitizenBirthDate = string.IsNullOrWhiteSpace(form.CitizenCpr) ? form.CitizenBirthDate : null,
            Kind = form.Kind!.Value,
            Description = form.Description?.Trim() ?? "",
            RegisteredById = registeredBy.Id,
            OrganisationId = registeredBy.OrganisationId,
            RegisteredByName = registeredBy.Name,
            RequestId = requestId,
        };
    }

    public static Inquiry Report(ConcernForm form, StaffMember sender, DateTimeOffset now, Guid requestId)
    {
        if (sender.Role != Role.Fagperson) throw new DomainRuleException("Kun fagpersoner sender bekymringer her.");
        form.Validate().ThrowIfInvalid();
        return new Inquiry
        {
            Source = InquirySource.Bekymring,
            ReceivedAt = now,
            IsAcute = form.InDangerNow == true,
            CallerKind = CallerKind.Fagperson,
            CallerName = sender.Name,
            CallerOrganisation = sender.Department,
            EntryChannel = form.EntryChannel!.Value,
            CitizenName = form.CitizenName!.Trim(),
            CitizenPhone = PhoneNumber.TryNormalize(form.CitizenPhone, out var p) ? p : null,
            Kind = form.Kind ?? InquiryKind.Usikker,
            Description = form.Description!.Trim(),
            CitizenKnows = form.CitizenKnows,
            RegisteredById = sender.Id,
            OrganisationId = sender.OrganisationId,
            RegisteredByName = sender.Name,
            RequestId = requestId,
        };
    }

    /// <summary>A visitator takes the inquiry; it then belongs to <paramref name="case"/>.</summary>
    public void Take(StaffMember visitator, Case @case, DateTimeOffset now)
    {
        if (visitator.Role != Role.Visitator) throw new DomainRuleException("Kun en stalkingvisitator kan tage en henvendelse.");
        if (IsTaken) throw new DomainRuleException($"Henvendelsen er allerede taget af {TakenByName}.");
        if (visitator.OrganisationId != OrganisationId)
            throw new DomainRuleException("Henvendelsen hører til en anden organisations indbakke.");
        if (@case.OrganisationId != OrganisationId)
            throw new DomainRuleException("Sagen hører til en anden organisation. Opret en ny sag, eller knyt henvendelsen til en af jeres egne sager.");
        TakenById = visitator.Id;
        TakenByName = visitator.Name;
        TakenAt = now;
        Case = @case;
        CaseId = @case.Id == 0 ? null : @case.Id; // a new case gets its id when saved
        @case.NoteInquiryReceived(ReceivedAt);
        if (IsAcute) @case.MarkAcute(visitator, now);
    }

    /// <summary>The new citizen record made from what the inquiry said.</summary>
    public CitizenDetails CitizenDetails() => new()
    {
        Name = CitizenName,
        Phone = CitizenPhone,
        Cpr = CitizenCpr,
        MayCall = CitizenPhone is not null,
    };

    public DateTimeOffset ResponseDeadline(int workingDays, TimeZoneInfo zone) => WorkingDays.Add(ReceivedAt, workingDays, zone);

    public bool IsOverdue(DateTimeOffset now, int workingDays, TimeZoneInfo zone) =>
        !IsTaken && now > ResponseDeadline(workingDays, zone);
}
