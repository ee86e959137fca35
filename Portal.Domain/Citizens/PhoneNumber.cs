namespace Portal.Domain.Citizens;

public static class PhoneNumber
{
    public const string Error = "Telefonnummeret skal have 8 cifre (evt. med +45 foran) eller være et udenlandsk nummer med + og landekode.";

    /// <summary>Danish numbers become "12 34 56 78"; foreign numbers keep + and digits.</summary>
    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = "";
        var compact = new string((input ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (compact.StartsWith("0045", StringComparison.Ordinal)) compact = "+45" + compact[4..];
        if (compact.StartsWith("+45", StringComparison.Ordinal)) compact = compact[3..];

        if (compact.Length == 8 && compact.All(char.IsAsciiDigit))
        {
            normalized = $"{compact[..2]} {compact[2..4]} {compact[4..6]} {compact[6..]}";
            return true;
        }
        if (compact.StartsWith('+') && compact.Length is >= 8 and <= 16 && compact[1..].All(char.IsAsciiDigit))
        {
            normalized = compact;
            return true;
        }
        return false;
    }
}
