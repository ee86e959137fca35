using Portal.Domain.Referrals;
using Portal.Domain.Staff;
using Portal.Domain.Validation;
using static Portal.Tests.Domain.ReferralTestData;

namespace Portal.Tests.Domain;

public class ConsentRuleTests
{
    private static readonly SharedItem[] NameAndPhone = [SharedItem.Navn, SharedItem.Telefon];

    private static SharingDecision Check(RecipientKind recipient, SharedItem[] items, params Consent[] consents) =>
        SharingRule.Check(recipient, items, consents, null, Today);

    [Fact]
    public void A_valid_consent_for_the_recipient_and_every_item_covers_the_referral()
    {
        var consent = Consent([RecipientKind.Politi, RecipientKind.Krisecenter], [SharedItem.Navn, SharedItem.Telefon, SharedItem.Cpr]);
        var decision = Check(RecipientKind.Politi, NameAndPhone, consent);
        Assert.True(decision.Allowed);
        Assert.Same(consent, decision.Consent);
        Assert.True(consent.Covers(RecipientKind.Politi, NameAndPhone, Today));
    }

    [Fact]
    public void Without_any_consent_sharing_is_refused_with_what_to_do()
    {
        var decision = Check(RecipientKind.Politi, NameAndPhone);
        Assert.False(decision.Allowed);
        Assert.Equal([SharingRule.NoConsent, SharingRule.WhatToDo], decision.Reasons);
    }

    [Fact]
    public void A_consent_for_another_recipient_does_not_cover()
    {
        var decision = Check(RecipientKind.Politi, NameAndPhone, Consent([RecipientKind.Krisecenter], NameAndPhone));
        Assert.False(decision.Allowed);
        Assert.Contains("omfatter ikke Politiet.", decision.Reasons[0]);
    }

    [Fact]
    public void Every_shared_item_must_be_covered_and_the_missing_ones_are_named()
    {
        var decision = Check(RecipientKind.Politi, [SharedItem.Navn, SharedItem.Cpr, SharedItem.Haendelseslog], Consent([RecipientKind.Politi], NameAndPhone));
        Assert.False(decision.Allowed);
        Assert.EndsWith("omfatter ikke: CPR-nummer, Hændelseslog.", decision.Reasons[0]);
    }

    [Fact]
    public void An_expired_consent_does_not_cover()
    {
        var consent = Consent([RecipientKind.Politi], NameAndPhone, given: Today.AddDays(-100), until: Today.AddDays(-1));
        var decision = Check(RecipientKind.Politi, NameAndPhone, consent);
        Assert.False(decision.Allowed);
        Assert.Equal("Samtykket fra 16-08-2026 udløb 23-11-2026.", decision.Reasons[0]);
    }

    [Fact]
    public void The_last_day_of_a_consent_still_counts()
    {
        var consent = Consent([RecipientKind.Politi], NameAndPhone, until: Today);
        Assert.True(Check(RecipientKind.Politi, NameAndPhone, consent).Allowed);
    }

    [Fact]
    public void A_withdrawn_consent_does_not_cover()
    {
        var consent = Consent([RecipientKind.Politi], NameAndPhone);
        consent.Withdraw(Sofie, TestData.Now.AddHours(-1));
        var decision = Check(RecipientKind.Politi, NameAndPhone, consent);
        Assert.False(decision.Allowed);
        Assert.Equal("Samtykket fra 14-11-2026 er trukket tilbage 24-11-2026.", decision.Reasons[0]);
    }

    [Fact]
    public void Withdrawing_twice_keeps_the_first_withdrawal()
    {
        var consent = Consent([RecipientKind.Politi], NameAndPhone);
        consent.Withdraw(Sofie, TestData.Now);
        consent.Withdraw(Police, TestData.Now.AddDays(1));
        Assert.Equal((TestData.Now, "Sofie 2"), (consent.WithdrawnAt, consent.WithdrawnByName));
    }

    [Fact]
    public void A_consent_not_yet_given_on_the_day_does_not_cover()
    {
        var consent = Consent([RecipientKind.Politi], NameAndPhone, given: Today);
        Assert.Contains("gælder først fra", consent.WhyNot(RecipientKind.Politi, NameAndPhone, Today.AddDays(-1)));
    }

    [Fact]
    public void One_covering_consent_is_enough_beside_a_withdrawn_one()
    {
        var old = Consent([RecipientKind.Politi], NameAndPhone, given: Today.AddDays(-20));
        old.Withdraw(Sofie, TestData.Now.AddDays(-5));
        var renewed = Consent([RecipientKind.Politi], NameAndPhone, given: Today.AddDays(-2));
        Assert.Same(renewed, Check(RecipientKind.Politi, NameAndPhone, old, renewed).Consent);
    }

    [Fact]
    public void A_recorded_legal_basis_allows_sharing_without_consent()
    {
        var decision = SharingRule.Check(RecipientKind.BoernOgFamilie, [SharedItem.Navn, SharedItem.Cpr], [], "  Barnets lov § 133  ", Today);
        Assert.True(decision.Allowed);
        Assert.Null(decision.Consent);
        Assert.Equal("Barnets lov § 133", decision.LegalBasis);
    }

    [Fact]
    public void Sending_without_cover_is_refused_with_the_reasons_under_basis()
    {
        var form = Form(RecipientKind.Politi, SharedItem.Navn, SharedItem.Cpr);
        var e = Assert.Throws<DomainValidationException>(() =>
            Referral.Send(CaseId, form, [Consent([RecipientKind.Politi], NameAndPhone)], Sofie, TestData.Now, 5, Guid.NewGuid()));
        Assert.Contains("omfatter ikke: CPR-nummer.", e.Errors["Basis"]);
        Assert.Contains(SharingRule.WhatToDo, e.Errors["Basis"]);
    }

    [Fact]
    public void A_consent_on_another_case_does_not_count()
    {
        var elsewhere = Consent([RecipientKind.Politi], NameAndPhone, caseId: 77);
        Assert.Throws<DomainValidationException>(() =>
            Referral.Send(CaseId, Form(RecipientKind.Politi, NameAndPhone), [elsewhere], Sofie, TestData.Now, 5, Guid.NewGuid()));
    }

    [Fact]
    public void A_covered_referral_remembers_its_basis_and_only_the_chosen_items()
    {
        var form = Form(RecipientKind.Politi, SharedItem.Telefon, SharedItem.Navn, SharedItem.Navn);
        form.FreeText = "Ikke valgt, så ikke delt.";
        var r = Referral.Send(CaseId, form, [Consent([RecipientKind.Politi], NameAndPhone)], Sofie, TestData.Now, 5, Guid.NewGuid());
        Assert.Equal([SharedItem.Navn, SharedItem.Telefon], r.Items);
        Assert.Null(r.LegalBasis);
        Assert.Null(r.FreeText);
    }

    [Fact]
    public void A_legal_basis_must_name_its_paragraph()
    {
        var form = Form(RecipientKind.Politi, SharedItem.Navn);
        form.UseLegalBasis = true;
        form.LegalBasis = "Det er vigtigt";
        Assert.Equal("Angiv lovhjemlen med paragraf, fx «forvaltningslovens § 28, stk. 2, nr. 3».", form.Validate()["LegalBasis"]);
        form.LegalBasis = "";
        Assert.Equal("Lovhjemlen skal udfyldes.", form.Validate()["LegalBasis"]);
    }

    [Fact]
    public void The_form_explains_every_missing_field()
    {
        var errors = new ReferralForm { Recipient = RecipientKind.Andet, Urgency = null, Items = [SharedItem.Supplerende] }.Validate();
        Assert.Equal("Modtagerens navn skal udfyldes.", errors["RecipientName"]);
        Assert.Equal("Formålet med henvisningen skal udfyldes.", errors["Purpose"]);
        Assert.Equal("Angiv, hvor meget henvisningen haster.", errors["Urgency"]);
        Assert.Equal("De supplerende oplysninger skal udfyldes.", errors["FreeText"]);
        Assert.Equal("Vælg mindst én oplysning, der deles med modtageren.", new ReferralForm().Validate()["Items"]);
        Assert.Equal("Vælg, hvem henvisningen skal til.", new ReferralForm().Validate()["Recipient"]);
    }

    [Fact]
    public void Only_case_workers_send_referrals()
    {
        var form = Form(RecipientKind.Politi, SharedItem.Navn);
        form.UseLegalBasis = true;
        form.LegalBasis = "Forvaltningslovens § 28";
        Assert.Throws<DomainRuleException>(() => Referral.Send(CaseId, form, [], Police, TestData.Now, 5, Guid.NewGuid()));
        Assert.Throws<DomainRuleException>(() => Referral.Send(CaseId, form, [], TestData.Staff(5, Role.Leder), TestData.Now, 5, Guid.NewGuid()));
    }

    [Fact]
    public void A_consent_needs_items_recipients_dates_and_how_it_was_given()
    {
        var errors = new ConsentForm { GivenOn = Today.AddDays(1), ValidUntil = Today.AddDays(-1) }.Validate(Today);
        Assert.Equal("Vælg de oplysninger, borgeren giver samtykke til at dele.", errors["Items"]);
        Assert.Equal("Vælg, hvem oplysningerne må deles med.", errors["Recipients"]);
        Assert.Equal("Samtykket kan ikke være givet i fremtiden.", errors["GivenOn"]);
        Assert.Equal("Samtykket skal gælde mindst til og med i dag.", errors["ValidUntil"]);
        Assert.Equal("Angiv, om samtykket er givet mundtligt eller skriftligt.", errors["Method"]);
        Assert.Throws<DomainValidationException>(() => Portal.Domain.Referrals.Consent.Record(CaseId, new ConsentForm(), Sofie, Today, TestData.Now, Guid.NewGuid()));
    }
}
