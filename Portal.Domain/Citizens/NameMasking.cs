namespace Portal.Domain.Citizens;

/// <summary>
/// How a citizen's name is shown in lists and overviews: initials only ("A. B. S."), so a screen seen over a shoulder
/// or shared in a meeting shows no citizen. The case page itself shows the name.
/// </summary>
public static class NameMasking
{
    public static string Initials(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "?";
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => string.Join("-", part.Split('-', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.FirstOrDefault(char.IsLetterOrDigit)).Where(c => c != default).Select(c => $"{char.ToUpperInvariant(c)}.")))
            .Where(p => p.Length > 0);
        var initials = string.Join(" ", parts);
        return initials.Length == 0 ? "?" : initials;
    }
}
