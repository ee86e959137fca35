using Portal.Domain.Validation;

namespace Portal.Domain.Citizens;

/// <summary>What a caseworker types about a citizen; validated here, applied with <see cref="Citizen.Update"/>.</summary>
public sealed class CitizenDetails
{
    public const int NameMax = 200;
    public const int AddressMax = 300;
    public const int EmailMax = 200;
    public const int SafeTimesMax = 200;

    public string? Name { get; set; }
    public string? Cpr { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public bool AddressProtected { get; set; }
    public bool MayCall { get; set; } = true;
    public bool MayLeaveVoicemail { get; set; }
    public bool MaySendSms { get; set; }
    public bool MaySendLettersHome { get; set; }
    public string? SafeTimes { get; set; }

    public static CitizenDetails From(Citizen c) => new()
    {
        Name = c.Name,
        Cpr = c.Cpr,
        Phone = c.Phone,
        Email = c.Email,
        Address = c.Address,
        AddressProtected = c.AddressProtected,
        MayCall = c.SafeContact.MayCall,
        MayLeaveVoicemail = c.SafeContact.MayLeaveVoicemail,
        MaySendSms = c.SafeContact.MaySendSms,
        MaySendLettersHome = c.SafeContact.MaySendLettersHome,
        SafeTimes = c.SafeContact.SafeTimes,
    };

    public FieldErrors Validate()
    {
        var errors = new FieldErrors();
        TextRules.Required(errors, nameof(Name), Name, "Navn", NameMax);
        if (!string.IsNullOrWhiteSpace(Cpr) && !Citizens.Cpr.TryParse(Cpr, out _, out var cprError))
            errors.Add(nameof(Cpr), cprError!);
        if (!string.IsNullOrWhiteSpace(Phone) && !PhoneNumber.TryNormalize(Phone, out _))
            errors.Add(nameof(Phone), PhoneNumber.Error);
        TextRules.MaxLength(errors, nameof(Email), Email, "E-mail", EmailMax);
        if (!string.IsNullOrWhiteSpace(Email) && errors[nameof(Email)] is null && !EmailAddress.IsValid(Email.Trim()))
            errors.Add(nameof(Email), EmailAddress.Error);
        TextRules.MaxLength(errors, nameof(Address), Address, "Adressen", AddressMax);
        TextRules.MaxLength(errors, nameof(SafeTimes), SafeTimes, "Sikre tidspunkter", SafeTimesMax);
        errors.AddIf(MaySendSms && string.IsNullOrWhiteSpace(Phone), nameof(Phone),
            "Der skal være et telefonnummer, når borgeren må få sms.");
        errors.AddIf(MayCall && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email), nameof(Phone),
            "Angiv et telefonnummer, eller fravælg at borgeren må ringes op.");
        return errors;
    }
}
