using System.Globalization;
using System.Text;

namespace Portal.Domain.Citizens;

public enum MatchReason
{
    /// <summary>The same CPR number.</summary>
    Cpr,
    /// <summary>The same birth date and a similar name (æøå and double names normalised, a middle name or a small typo apart).</summary>
    BirthDateAndName,
    /// <summary>The same phone number.</summary>
    Phone,
}

/// <summary>What intake knows about a citizen, to look for the same person among earlier cases.</summary>
public sealed record CitizenProbe(string Name, string? Cpr, DateOnly? BirthDate, string? Phone)
{
    /// <summary>The birth date given, or read from the CPR number.</summary>
    public DateOnly? KnownBirthDate => BirthDate ?? (Cpr is not null && Citizens.Cpr.TryParse(Cpr, out var cpr, out _) ? cpr.BirthDate : null);
}

/// <summary>
/// Finds the same citizen before a second record is made: exact CPR; else the same birth date and a similar name;
/// else the same phone number. Two different CPR numbers are never the same person.
/// </summary>
public static class CitizenMatching
{
    public static string Danish(this MatchReason reason) => reason switch
    {
        MatchReason.Cpr => "samme CPR-nummer",
        MatchReason.BirthDateAndName => "samme fødselsdato og lignende navn",
        MatchReason.Phone => "samme telefonnummer",
        _ => reason.ToString(),
    };

    public static MatchReason? Match(CitizenProbe incoming, CitizenProbe existing)
    {
        var (a, b) = (CprOf(incoming.Cpr), CprOf(existing.Cpr));
        if (a is not null && a == b) return MatchReason.Cpr;
        if (a is not null && b is not null) return null;
        if (incoming.KnownBirthDate is { } born && born == existing.KnownBirthDate && SimilarNames(incoming.Name, existing.Name))
            return MatchReason.BirthDateAndName;
        if (PhoneOf(incoming.Phone) is { } phone && phone == PhoneOf(existing.Phone)) return MatchReason.Phone;
        return null;
    }

    /// <summary>Lower case; aa/å, oe/ø, ae/æ and ö/ä written alike; hyphens and dots as spaces; accents dropped.</summary>
    public static string NormalizeName(string? name)
    {
        var text = (name ?? "").ToLowerInvariant().Replace('-', ' ').Replace('.', ' ')
            .Replace("aa", "å").Replace("oe", "ø").Replace("ae", "æ").Replace('ö', 'ø').Replace('ä', 'æ');
        var kept = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            // Keep å, æ, ø whole; drop the accents of é, ü …
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && kept.Length > 0 && kept[^1] != 'a') continue;
            kept.Append(c);
        }
        var composed = kept.ToString().Normalize(NormalizationForm.FormC);
        return string.Join(' ', composed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The same name once normalised; or the same first and last name with a middle name more or less; or, for names
    /// long enough to tell apart, at most two letters different.
    /// </summary>
    public static bool SimilarNames(string? a, string? b)
    {
        var (x, y) = (NormalizeName(a), NormalizeName(b));
        if (x.Length == 0 || y.Length == 0) return false;
        if (x == y) return true;
        var (xs, ys) = (x.Split(' '), y.Split(' '));
        if (xs.Length > 1 && ys.Length > 1 && xs[0] == ys[0] && xs[^1] == ys[^1]) return true;
        return Math.Min(x.Length, y.Length) >= 8 && EditDistance(x, y) <= 2;
    }

    public static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    private static string? CprOf(string? cpr) => cpr is not null && Citizens.Cpr.TryParse(cpr, out var parsed, out _) ? parsed.Value : null;

    private static string? PhoneOf(string? phone) => PhoneNumber.TryNormalize(phone, out var normalized) ? normalized : null;
}
