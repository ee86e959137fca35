namespace Portal.Domain.Dashboards;

/// <summary>
/// Cells for CSV files that people open in Excel: a value starting with =, +, -, @, tab or carriage return would be
/// run as a formula (CSV injection), so it gets a leading apostrophe; separators, quotes and line breaks are quoted.
/// </summary>
public static class SpreadsheetCell
{
    public const char Separator = ';';

    public static string Neutralise(string? value)
    {
        var text = value ?? "";
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    public static string Csv(string? value)
    {
        var text = Neutralise(value);
        return text.IndexOfAny([Separator, '"', '\n', '\r', ',']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    public static string Row(IEnumerable<string?> cells) => string.Join(Separator, cells.Select(Csv));
}
