using Portal.Domain.Validation;

namespace Portal.Domain.Citizens;

public sealed class Citizen
{
    private readonly List<Child> _children = [];

    private Citizen() { }

    public Citizen(CitizenDetails details)
    {
        Apply(details);
        AddressProtected = details.AddressProtected;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The name as searched (<see cref="Citizens.SearchKey"/>), kept with every change of the name.</summary>
    public string SearchName { get; private set; } = "";
    /// <summary>Normalised ddmmåå-xxxx, or null when not known (anonymous inquiries are allowed).</summary>
    public string? Cpr { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? Address { get; private set; }
    /// <summary>Navne- og adressebeskyttelse: the address is shown only to those who must know it.</summary>
    public bool AddressProtected { get; private set; }
    /// <summary>Navnebeskyttelse: the name is not passed on to recipients outside the case (letters, referrals).</summary>
    public bool NameProtected { get; private set; }
    /// <summary>When the protection began and when it lapses in the CPR register unless renewed (null for older records).</summary>
    public DateOnly? ProtectedFrom { get; private set; }
    public DateOnly? ProtectedUntil { get; private set; }
    /// <summary>Given at intake when the CPR number is not known; otherwise read from it.</summary>
    public DateOnly? BirthDate { get; private set; }
    public SafeContact SafeContact { get; private set; } = new();
    public IReadOnlyList<Child> Children => _children;
    /// <summary>The language the citizen reads best (ISO 639-1); the crisis plan prints in it. Null: not recorded, Danish.</summary>
    public string? PreferredLanguage { get; private set; }

    public Guid Version { get; set; }

    public bool HasChildren => _children.Count > 0;

    /// <summary>
    /// Replaces the details; throws <see cref="DomainValidationException"/> on invalid input. Protection is not part
    /// of an edit: it changes only through <see cref="Cases.Case.ChangeProtection"/>, with a reason.
    /// </summary>
    public void Update(CitizenDetails details) => Apply(details);

    internal void SetProtection(bool address, bool name, DateOnly today, DateOnly? until)
    {
        var was = AddressProtected || NameProtected;
        AddressProtected = address;
        NameProtected = name;
        if (!address && !name) (ProtectedFrom, ProtectedUntil) = (null, null);
        else if (!was) (ProtectedFrom, ProtectedUntil) = (today, until ?? today.AddMonths(ProtectionLapse.DefaultMonths));
        else if (until is not null) ProtectedUntil = until;
    }

    /// <summary>For records saved before the search key existed.</summary>
    public void RefreshSearchName() => SearchName = Citizens.SearchKey.For(Name);

    internal void RenewProtection(DateOnly until) => ProtectedUntil = until;

    /// <summary>Records the language the citizen reads best; false (and nothing changed) for a language the plan is not printed in.</summary>
    public bool SetPreferredLanguage(string? code)
    {
        if (code is not null && !CrisisPlans.CrisisPlanLanguages.IsKnown(code)) return false;
        PreferredLanguage = code;
        return true;
    }

    /// <summary>Records a birth date given at intake without a CPR number; a CPR number's date always wins.</summary>
    public void RecordBirthDate(DateOnly? birthDate)
    {
        if (Cpr is null && birthDate is not null) BirthDate = birthDate;
    }

    public void AddChild(Child child)
    {
        if (string.IsNullOrWhiteSpace(child.FirstName)) throw new DomainRuleException("Barnets fornavn skal udfyldes.");
        _children.Add(child with { FirstName = child.FirstName.Trim() });
    }

    private void Apply(CitizenDetails d)
    {
        d.Validate().ThrowIfInvalid();
        Name = d.Name!.Trim();
        SearchName = Citizens.SearchKey.For(Name);
        Cpr = string.IsNullOrWhiteSpace(d.Cpr) ? null : Citizens.Cpr.Parse(d.Cpr).Value;
        if (Cpr is not null) BirthDate = Citizens.Cpr.Parse(Cpr).BirthDate;
        Phone = PhoneNumber.TryNormalize(d.Phone, out var phone) ? phone : null;
        Email = TextRules.Clean(d.Email);
        Address = TextRules.Clean(d.Address);
        SafeContact = new SafeContact
        {
            MayCall = d.MayCall,
            MayLeaveVoicemail = d.MayLeaveVoicemail,
            MaySendSms = d.MaySendSms,
            MaySendLettersHome = d.MaySendLettersHome,
            SafeTimes = TextRules.Clean(d.SafeTimes),
        };
    }
}
