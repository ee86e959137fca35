using Portal.Domain.Referrals;
using Portal.Domain.Validation;

namespace Portal.Domain.Cases;

/// <summary>What the visitator or contact person fills in to share a case with a colleague or partner.</summary>
public sealed class CaseShareForm
{
    public const int LegalBasisMax = LegalBasisRule.Max;

    public int? StaffMemberId { get; set; }
    public string? Reason { get; set; }
    public DateOnly? Until { get; set; }
    public SharePart? Part { get; set; } = SharePart.HeleSagen;
    public ShareBasis? Basis { get; set; }
    public ConsentMethod? ConsentMethod { get; set; }
    public string? LegalBasis { get; set; }
    /// <summary>Show a protected address to the person shared with; needs <see cref="AddressReason"/>.</summary>
    public bool IncludeAddress { get; set; }
    public string? AddressReason { get; set; }

    /// <summary>A new form: shared for three months from today, the whole case.</summary>
    public static CaseShareForm New(DateOnly today) => new() { Until = today.AddMonths(CaseShare.DefaultMonths) };

    public FieldErrors Validate(DateOnly today)
    {
        var e = new FieldErrors();
        e.AddIf(StaffMemberId is null, nameof(StaffMemberId), "Vælg, hvem sagen skal deles med.");
        TextRules.Required(e, nameof(Reason), Reason, "Begrundelsen", CaseShare.ReasonMax);
        e.AddIf(Until is null, nameof(Until), "Angiv, hvor længe sagen er delt.");
        e.AddIf(Until < today, nameof(Until), "Delingen skal gælde mindst til og med i dag.");
        e.AddIf(Until > today.AddMonths(CaseShare.MaxMonths), nameof(Until),
            $"En deling kan højst gælde {CaseShare.MaxMonths} måneder. Del sagen igen, når den udløber, hvis der stadig er brug for det.");
        e.AddIf(Part is null, nameof(Part), "Vælg, hvilke dele af sagen der deles.");
        e.AddIf(Basis is null, nameof(Basis), "Angiv, om delingen sker med borgerens samtykke eller med lovhjemmel.");
        e.AddIf(Basis == ShareBasis.Samtykke && ConsentMethod is null, nameof(ConsentMethod),
            "Angiv, om borgeren har givet samtykke mundtligt eller skriftligt.");
        if (Basis == ShareBasis.Lovhjemmel) LegalBasisRule.Require(e, nameof(LegalBasis), LegalBasis);
        if (IncludeAddress)
            TextRules.Required(e, nameof(AddressReason), AddressReason, "Begrundelsen for at vise den beskyttede adresse", CaseShare.ReasonMax);
        return e;
    }
}
