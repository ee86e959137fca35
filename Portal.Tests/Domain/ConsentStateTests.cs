using Portal.Domain.Referrals;
using static Portal.Tests.Domain.ReferralTestData;

namespace Portal.Tests.Domain;

public class ConsentStateTests
{
    private static readonly RecipientKind[] Police = [RecipientKind.Politi];
    private static readonly SharedItem[] Name = [SharedItem.Navn];

    [Fact]
    public void A_consent_is_valid_from_the_day_it_was_given_to_its_last_day()
    {
        var consent = Consent(Police, Name, given: Today, until: Today.AddMonths(6));

        Assert.Equal(ConsentState.Gyldigt, consent.StateOn(Today));
        Assert.Equal(ConsentState.Gyldigt, consent.StateOn(Today.AddMonths(6)));
        Assert.Equal(ConsentState.GaelderEndnuIkke, consent.StateOn(Today.AddDays(-1)));
        Assert.Equal(ConsentState.Udloebet, consent.StateOn(Today.AddMonths(6).AddDays(1)));
    }

    [Fact]
    public void A_withdrawn_consent_is_withdrawn_also_after_it_would_have_expired()
    {
        var consent = Consent(Police, Name, until: Today.AddDays(5));
        consent.Withdraw(Sofie, TestData.Now);

        Assert.Equal(ConsentState.TrukketTilbage, consent.StateOn(Today));
        Assert.Equal(ConsentState.TrukketTilbage, consent.StateOn(Today.AddDays(30)));
    }

    [Fact]
    public void Each_state_has_its_Danish_text_and_key()
    {
        Assert.Equal(
            ["Gyldigt gyldigt", "Gælder endnu ikke fremtidigt", "Udløbet udloebet", "Trukket tilbage trukket-tilbage"],
            Enum.GetValues<ConsentState>().Select(s => $"{s.Danish()} {s.Key()}"));
    }
}
