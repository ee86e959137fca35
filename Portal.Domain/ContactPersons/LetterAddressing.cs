using Portal.Domain.Citizens;

namespace Portal.Domain.ContactPersons;

/// <summary>
/// Whether a letter may be addressed to the citizen's home. When not, the letter is made without any
/// address and handed over in person; the reason is shown to staff, never printed.
/// </summary>
public sealed record LetterAddressDecision(bool MaySendHome, string? Address, string? RefusalReason)
{
    public static LetterAddressDecision Home(string address) => new(true, address, null);
    public static LetterAddressDecision Refused(string reason) => new(false, null, reason);
}

public static class LetterAddressing
{
    public const string AddressProtected = "Adressen er beskyttet (navne- og adressebeskyttelse)";
    public const string NoLettersHome = "Borgeren ønsker ikke breve til hjemmet";
    public const string NoAddress = "Borgerens adresse er ikke oplyst";

    public static LetterAddressDecision Decide(Citizen citizen)
    {
        // Protection first: it holds even if the safe-contact preferences were set to allow letters.
        if (citizen.AddressProtected) return LetterAddressDecision.Refused(AddressProtected);
        if (!citizen.SafeContact.MaySendLettersHome) return LetterAddressDecision.Refused(NoLettersHome);
        if (string.IsNullOrWhiteSpace(citizen.Address)) return LetterAddressDecision.Refused(NoAddress);
        return LetterAddressDecision.Home(citizen.Address);
    }
}
