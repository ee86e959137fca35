namespace Portal.Domain.Validation;

/// <summary>
/// An e-mail address the portal will accept: the same rule as for phone numbers — only what a mail system delivers
/// everywhere. The part before @ is plain ASCII letters, digits and the few signs mail allows (no emoji, no spaces, no
/// display names); the domain has dotted labels of letters (æ, ø, å and other letters for national domains), digits
/// and hyphens, ending in a top-level domain of at least two letters.
/// </summary>
public static class EmailAddress
{
    public const string Error = "E-mailadressen er ikke gyldig, fx navn@eksempel.dk.";
    private const string LocalSigns = "!#$%&'*+/=?^_`{|}~-";

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return false;
        var at = value.LastIndexOf('@');
        if (at <= 0 || at != value.IndexOf('@')) return false;
        return IsLocalPart(value[..at]) && IsDomain(value[(at + 1)..]);
    }

    private static bool IsLocalPart(string local) =>
        local.Length <= 64
        && local.Split('.').All(atom => atom.Length > 0 && atom.All(c => char.IsAsciiLetterOrDigit(c) || LocalSigns.Contains(c)));

    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        if (domain.Length > 253 || labels.Length < 2) return false;
        var top = labels[^1];
        return labels.All(l => l.Length is > 0 and <= 63 && l[0] != '-' && l[^1] != '-' && l.All(c => char.IsLetterOrDigit(c) || c == '-'))
               && top.Length >= 2 && top.All(char.IsLetter);
    }
}
