namespace Portal.Security;

public enum SignInMode
{
    EntraId,
    Demo,
}

public static class SignInModeRules
{
    /// <summary>
    /// Entra ID when an AzureAd section is configured; otherwise demo sign-in, which only Development allows by itself.
    /// Every other environment (Staging, Test, Production …) needs Demo:Allow=true; without it the app does not start.
    /// </summary>
    public static SignInMode Choose(bool azureAdConfigured, bool isDevelopment, bool demoAllowed)
    {
        if (azureAdConfigured) return SignInMode.EntraId;
        if (!isDevelopment && !demoAllowed)
            throw new InvalidOperationException(
                "Portal starter ikke: der er ingen AzureAd-opsætning, og demo-login er kun tilladt i Development. " +
                "Konfigurer AzureAd (Entra ID), eller sæt Demo:Allow=true bevidst.");
        return SignInMode.Demo;
    }
}
