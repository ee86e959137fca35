using System.Globalization;

namespace Portal.Domain.Incidents;

/// <summary>The incident form's time field as typed: blank (no time), a time of day, or the Danish message to show.</summary>
public sealed record IncidentTimeInput(TimeOnly? Time, string? Error)
{
    public const string FormatError = "Skriv klokkeslættet som tt:mm, fx 21:30.";

    private static readonly string[] Formats = ["HH:mm", "H:mm"];

    public bool IsValid => Error is null;

    /// <summary>Accepts "14:30", "9:05" and a dot for the colon ("14.30"), as people write times in Danish.</summary>
    public static IncidentTimeInput Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new(null, null);
        return TimeOnly.TryParseExact(text.Trim().Replace('.', ':'), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? new(time, null)
            : new(null, FormatError);
    }
}
