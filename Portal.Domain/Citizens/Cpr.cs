using System.Globalization;

namespace Portal.Domain.Citizens;

/// <summary>
/// A Danish CPR number, ddmmåå-xxxx. Only format and a real birth date are checked: the modulus-11
/// check was given up in 2007, so valid numbers exist that fail it.
/// </summary>
public readonly record struct Cpr
{
    private Cpr(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>Normalised as ddmmåå-xxxx.</summary>
    public string Value { get; }
    public DateOnly BirthDate { get; }

    public override string ToString() => Value;

    public static bool TryParse(string? input, out Cpr cpr, out string? error)
    {
        cpr = default;
        var digits = (input ?? "").Trim().Replace("-", "").Replace(" ", "");
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            error = "CPR-nummeret skal have 10 cifre, fx 010190-1234.";
            return false;
        }

        var day = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var month = int.Parse(digits[2..4], CultureInfo.InvariantCulture);
        var yy = int.Parse(digits[4..6], CultureInfo.InvariantCulture);
        var year = CenturyFor(digits[6] - '0', yy) + yy;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = "CPR-nummeret indeholder ikke en gyldig fødselsdato.";
            return false;
        }

        error = null;
        cpr = new Cpr($"{digits[..6]}-{digits[6..]}", new DateOnly(year, month, day));
        return true;
    }

    public static Cpr Parse(string input) =>
        TryParse(input, out var cpr, out var error) ? cpr : throw new FormatException(error);

    /// <summary>The century follows from the 7th digit (CPR-kontoret's table).</summary>
    internal static int CenturyFor(int seventhDigit, int yy) => seventhDigit switch
    {
        <= 3 => 1900,
        4 or 9 => yy <= 36 ? 2000 : 1900,
        _ => yy <= 57 ? 2000 : 1800,
    };
}
