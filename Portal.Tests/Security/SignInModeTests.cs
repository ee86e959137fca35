using Portal.Security;

namespace Portal.Tests.Security;

public class SignInModeTests
{
    [Theory]
    [InlineData(true, false, false, SignInMode.EntraId)]
    [InlineData(true, true, false, SignInMode.EntraId)]
    [InlineData(false, true, false, SignInMode.Demo)]   // Development
    [InlineData(false, false, true, SignInMode.Demo)]   // Staging or Production with Demo:Allow=true
    public void Chooses_the_sign_in(bool azureAd, bool development, bool demoAllowed, SignInMode expected) =>
        Assert.Equal(expected, SignInModeRules.Choose(azureAd, development, demoAllowed));

    [Fact]
    public void Demo_sign_in_starts_nowhere_but_development_by_accident()
    {
        // Staging, Test, Production …: anything that is not Development.
        var ex = Assert.Throws<InvalidOperationException>(() => SignInModeRules.Choose(false, false, false));
        Assert.Contains("Demo:Allow=true", ex.Message);
    }
}
