using System.Globalization;
using Portal.Domain.Staff;
using Portal.Domain.Validation;

namespace Portal.Domain.Referrals;

public enum ConsentMethod
{
    Mundtligt,
    Skriftligt,
}

/// <summary>
/// The citizen's consent (samtykke) to share chosen information with chosen recipients until a date.
/// It is recorded once and never edited; the citizen may withdraw it at any time.
/// </summary>
public sealed class Consent
{
    public const int NoteMax = 500;

    private Consent() { }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public Guid RequestId { get; private set; }
    public string ItemsText { get; private set; } = "";
    public string RecipientsText { get; private set; } = "";
    public DateOnly GivenOn { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public ConsentMethod Method { get; private set; }
    public string? Note { get; private set; }
    public int RecordedById { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public int? WithdrawnById { get; private set; }
    public string? WithdrawnByName { get; private set; }
    public Guid Version { get; set; }

    public IReadOnlyList<SharedItem> Items => SharedItems.Parse<SharedItem>(ItemsText);
    public IReadOnlyList<RecipientKind> Recipients => SharedItems.Parse<RecipientKind>(RecipientsText);
    public bool IsWithdrawn => WithdrawnAt is not null;

    public static Consent Record(int caseId, ConsentForm form, StaffMember by, DateOnly today, DateTimeOffset now, Guid requestId)
    {
        form.Validate(today).ThrowIfInvalid();
        return new Consent
        {
            CaseId = caseId,
            RequestId = requestId,
            ItemsText = SharedItems.Join(form.Items),
            RecipientsText = SharedItems.Join(form.Recipients),
            GivenOn = form.GivenOn!.Value,
            ValidUntil = form.ValidUntil!.Value,
            Method = form.Method!.Value,
            Note = TextRules.Clean(form.Note),
            RecordedById = by.Id,
            RecordedByName = by.Name,
            RecordedAt = now,
        };
    }

    /// <summary>The citizen takes the consent back. Referrals already sent stay sent; no new one may lean on it.</summary>
    public void Withdraw(StaffMember by, DateTimeOffset now)
    {
        if (IsWithdrawn) return;
        WithdrawnAt = now;
        WithdrawnById = by.Id;
        WithdrawnByName = by.Name;
    }

    public bool IsValidOn(DateOnly date) => StateOn(date) == ConsentState.Gyldigt;

    /// <summary>Withdrawn, expired, not yet given, or valid on <paramref name="date"/>; a withdrawal counts before the period.</summary>
    public ConsentState StateOn(DateOnly date) =>
        IsWithdrawn ? ConsentState.TrukketTilbage
        : date > ValidUntil ? ConsentState.Udloebet
        : date < GivenOn ? ConsentState.GaelderEndnuIkke
        : ConsentState.Gyldigt;

    public bool Covers(RecipientKind recipient, IEnumerable<SharedItem> items, DateOnly date) =>
        WhyNot(recipient, items, date) is null;

    /// <summary>Why this consent does not allow sharing <paramref name="items"/> with <paramref name="recipient"/> on <paramref name="date"/>; null when it does.</summary>
    public string? WhyNot(RecipientKind recipient, IEnumerable<SharedItem> items, DateOnly date)
    {
        var name = $"Samtykket fra {Format(GivenOn)}";
        switch (StateOn(date))
        {
            case ConsentState.TrukketTilbage: return $"{name} er trukket tilbage {Format(Calendar.DanishTime.Today(WithdrawnAt!.Value))}.";
            case ConsentState.GaelderEndnuIkke: return $"{name} gælder først fra {Format(GivenOn)}.";
            case ConsentState.Udloebet: return $"{name} udløb {Format(ValidUntil)}.";
        }
        if (!Recipients.Contains(recipient)) return $"{name} omfatter ikke {recipient.Danish()}.";
        var missing = items.Distinct().Where(i => !Items.Contains(i)).Order().ToList();
        if (missing.Count > 0)
            return $"{name} omfatter ikke: {string.Join(", ", missing.Select(i => i.Danish()))}.";
        return null;
    }

    private static string Format(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}

public sealed class ConsentForm
{
    public List<SharedItem> Items { get; set; } = [];
    public List<RecipientKind> Recipients { get; set; } = [];
    public DateOnly? GivenOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public ConsentMethod? Method { get; set; }
    public string? Note { get; set; }

    public FieldErrors Validate(DateOnly today)
    {
        var e = new FieldErrors();
        e.AddIf(Items.Count == 0, nameof(Items), "Vælg de oplysninger, borgeren giver samtykke til at dele.");
        e.AddIf(Recipients.Count == 0, nameof(Recipients), "Vælg, hvem oplysningerne må deles med.");
        e.AddIf(GivenOn is null, nameof(GivenOn), "Angiv, hvornår samtykket blev givet.");
        e.AddIf(GivenOn > today, nameof(GivenOn), "Samtykket kan ikke være givet i fremtiden.");
        e.AddIf(ValidUntil is null, nameof(ValidUntil), "Angiv, hvor længe samtykket gælder.");
        e.AddIf(ValidUntil < today, nameof(ValidUntil), "Samtykket skal gælde mindst til og med i dag.");
        e.AddIf(ValidUntil < GivenOn, nameof(ValidUntil), "Samtykket kan ikke udløbe, før det er givet.");
        DateRules.NotTooOld(e, nameof(GivenOn), GivenOn, today);
        DateRules.NotTooFarAhead(e, nameof(ValidUntil), ValidUntil, today);
        e.AddIf(Method is null, nameof(Method), "Angiv, om samtykket er givet mundtligt eller skriftligt.");
        TextRules.MaxLength(e, nameof(Note), Note, "Bemærkningen", Consent.NoteMax);
        return e;
    }
}
