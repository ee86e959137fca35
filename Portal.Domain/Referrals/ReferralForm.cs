using Portal.Domain.Validation;

namespace Portal.Domain.Referrals;

/// <summary>What the case worker fills in to send a referral.</summary>
public sealed class ReferralForm
{
    public const int PurposeMax = 1000;
    public const int RecipientNameMax = 200;
    public const int TextMax = 2000;
    public const int LegalBasisMax = LegalBasisRule.Max;

    public RecipientKind? Recipient { get; set; }
    /// <summary>The named recipient (unit, person); required for "Anden modtager".</summary>
    public string? RecipientName { get; set; }
    public string? Purpose { get; set; }
    public ReferralUrgency? Urgency { get; set; } = ReferralUrgency.Almindelig;
    public List<SharedItem> Items { get; set; } = [];
    /// <summary>The supplementary text; shared only when <see cref="SharedItem.Supplerende"/> is chosen.</summary>
    public string? FreeText { get; set; }
    /// <summary>Share on a legal basis instead of consent.</summary>
    public bool UseLegalBasis { get; set; }
    public string? LegalBasis { get; set; }

    /// <summary>The legal basis when it is chosen, else null.</summary>
    public string? ChosenLegalBasis => UseLegalBasis ? TextRules.Clean(LegalBasis) : null;

    public FieldErrors Validate()
    {
        var e = new FieldErrors();
        e.AddIf(Recipient is null, nameof(Recipient), "Vælg, hvem henvisningen skal til.");
        if (Recipient == RecipientKind.Andet)
            TextRules.Required(e, nameof(RecipientName), RecipientName, "Modtagerens navn", RecipientNameMax);
        else
            TextRules.MaxLength(e, nameof(RecipientName), RecipientName, "Modtagerens navn", RecipientNameMax);
        TextRules.Required(e, nameof(Purpose), Purpose, "Formålet med henvisningen", PurposeMax);
        e.AddIf(Urgency is null, nameof(Urgency), "Angiv, hvor meget henvisningen haster.");
        e.AddIf(Items.Count == 0, nameof(Items), "Vælg mindst én oplysning, der deles med modtageren.");
        if (Items.Contains(SharedItem.Supplerende))
            TextRules.Required(e, nameof(FreeText), FreeText, "De supplerende oplysninger", TextMax);
        if (UseLegalBasis) LegalBasisRule.Require(e, nameof(LegalBasis), LegalBasis);
        return e;
    }
}
