namespace Portal;

/// <summary>
/// The municipality running this Portal, from the <c>Municipality</c> section of configuration: its name on every
/// letter and print, and the contact details the accessibility statement gives for feedback.
/// </summary>
public sealed record Municipality(string Name, string? Phone, string? Email, string? Address)
{
    public const string DefaultName = "Esbjerg Kommune";

    public static Municipality From(IConfiguration config)
    {
        var s = config.GetSection("Municipality");
        return new Municipality(
            Blank(s["Name"]) ?? DefaultName,
            Blank(s["Phone"]),
            Blank(s["Email"]),
            Blank(s["Address"]));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
