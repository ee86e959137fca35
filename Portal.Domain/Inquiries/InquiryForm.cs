using Portal.Domain.Cases;
using Portal.Domain.Citizens;
using Portal.Domain.Validation;

namespace Portal.Domain.Inquiries;

/// <summary>What staff type when a new inquiry comes in.</summary>
public sealed class InquiryForm
{
    public bool? InDangerNow { get; set; }
    public CallerKind? CallerKind { get; set; }
    public string? CallerName { get; set; }
    public string? CallerOrganisation { get; set; }
    public string? CallerPhone { get; set; }
    public EntryChannel? EntryChannel { get; set; }
    public string? CitizenName { get; set; }
    public string? CitizenPhone { get; set; }
    public string? CitizenCpr { get; set; }
    /// <summary>When the CPR number is not known: helps find the same citizen among earlier cases.</summary>
    public DateOnly? CitizenBirthDate { get; set; }
    public InquiryKind? Kind { get; set; }
    public string? Description { get; set; }

    public FieldErrors Validate()
    {
        var e = new FieldErrors();
        e.AddIf(InDangerNow is null, nameof(InDangerNow), "Svar på, om borgeren er i fare lige nu.");
        e.AddIf(CallerKind is null, nameof(CallerKind), "Vælg, hvem der henvender sig.");
        if (CallerKind is not null and not Inquiries.CallerKind.Borgeren)
            TextRules.Required(e, nameof(CallerName), CallerName, "Navnet på den, der henvender sig,", 200);
        TextRules.MaxLength(e, nameof(CallerOrganisation), CallerOrganisation, "Organisation", 200);
        if (!string.IsNullOrWhiteSpace(CallerPhone) && !PhoneNumber.TryNormalize(CallerPhone, out _))
            e.Add(nameof(CallerPhone), PhoneNumber.Error);
        e.AddIf(EntryChannel is null, nameof(EntryChannel), "Vælg, hvor henvendelsen kommer fra.");
        TextRules.Required(e, nameof(CitizenName), CitizenName, "Borgerens navn", CitizenDetails.NameMax);
        if (!string.IsNullOrWhiteSpace(CitizenPhone) && !PhoneNumber.TryNormalize(CitizenPhone, out _))
            e.Add(nameof(CitizenPhone), PhoneNumber.Error);
        if (!string.IsNullOrWhiteSpace(CitizenCpr) && !Cpr.TryParse(CitizenCpr, out _, out var cprError))
            e.Add(nameof(CitizenCpr), cprError!);
        e.AddIf(CitizenBirthDate is { } born && born > DateOnly.FromDateTime(DateTime.Today), nameof(CitizenBirthDate), "Fødselsdatoen kan ikke ligge i fremtiden.");
        e.AddIf(CitizenBirthDate is { } old && old.Year < 1900, nameof(CitizenBirthDate), "Fødselsdatoen ser forkert ud. Skriv den som dd-mm-åååå.");
        e.AddIf(Kind is null, nameof(Kind), "Vælg, hvad henvendelsen handler om.");
        TextRules.MaxLength(e, nameof(Description), Description, "Beskrivelsen", Inquiry.TextMax);
        return e;
    }
}

/// <summary>A front-line professional's short concern report.</summary>
public sealed class ConcernForm
{
    public bool? InDangerNow { get; set; }
    public string? CitizenName { get; set; }
    public string? CitizenPhone { get; set; }
    public EntryChannel? EntryChannel { get; set; }
    public InquiryKind? Kind { get; set; }
    public string? Description { get; set; }
    public bool? CitizenKnows { get; set; }

    public FieldErrors Validate()
    {
        var e = new FieldErrors();
        e.AddIf(InDangerNow is null, nameof(InDangerNow), "Svar på, om borgeren er i fare lige nu.");
        TextRules.Required(e, nameof(CitizenName), CitizenName, "Borgerens navn", CitizenDetails.NameMax);
        if (!string.IsNullOrWhiteSpace(CitizenPhone) && !PhoneNumber.TryNormalize(CitizenPhone, out _))
            e.Add(nameof(CitizenPhone), PhoneNumber.Error);
        e.AddIf(EntryChannel is null, nameof(EntryChannel), "Vælg, hvor du arbejder.");
        TextRules.Required(e, nameof(Description), Description, "Beskrivelsen af din bekymring", Inquiry.TextMax);
        e.AddIf(CitizenKnows is null, nameof(CitizenKnows), "Svar på, om borgeren ved, at du sender bekymringen.");
        return e;
    }
}
