using Portal.Security;

namespace Portal.Tests.Security;

public class SignInModeTests
{
    [Theory]
    [InlineData(true, true, false, SignInMode.EntraId)]
    [InlineData(true, false, false, SignInMode.EntraId)]
    [InlineData(false, false, false, SignInMode.Demo)]
    [InlineData(false, true, true, SignInMode.Demo)]
    public void Chooses_the_sign_in(bool azureAd, bool production, bool allowDemo, SignInMode expected) =>
        Assert.Equal(expected, SignInModeRules.Choose(azureAd, production, allowDemo));

    [Fact]
    public void Demo_sign_in_cannot_start_in_production_by_accident()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => SignInModeRules.Choose(false, true, false));
        Assert.Contains("Demo:AllowInProduction", ex.Message);
    }
}
