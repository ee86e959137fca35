namespace Portal.Security;

public enum SignInMode
{
    EntraId,
    Demo,
}

public static class SignInModeRules
{
    /// <summary>
    /// Entra ID when an AzureAd section is configured; otherwise demo sign-in, which Production allows
    /// only with Demo:AllowInProduction=true. Anything else stops the app at start-up.
    /// </summary>
    public static SignInMode Choose(bool azureAdConfigured, bool isProduction, bool allowDemoInProduction)
    {
        if (azureAdConfigured) return SignInMode.EntraId;
        if (isProduction && !allowDemoInProduction)
            throw new InvalidOperationException(
                "Portal starter ikke: der er ingen AzureAd-opsætning, og demo-login er ikke tilladt i Production. " +
                "Konfigurer AzureAd (Entra ID), eller sæt Demo:AllowInProduction=true bevidst.");
        return SignInMode.Demo;
    }
}
