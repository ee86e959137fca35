using System.Globalization;

namespace Portal.Domain.Dashboards;

/// <summary>
/// Statistical disclosure control: a count of 1–4 citizens is shown as "&lt;5" so nobody can be recognised from a
/// figure, and a share or a median resting on fewer than 5 cases is not shown at all.
/// </summary>
public static class SmallNumbers
{
    public const int Threshold = 5;
    public const string Suppressed = "<5";

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static bool IsSuppressed(int count) => count is > 0 and < Threshold;

    public static string Count(int count) => IsSuppressed(count) ? Suppressed : count.ToString("N0", Danish);

    /// <summary>
    /// The share in percent with one decimal, or "–" when the whole is under 5 cases or the part is 1–4: a share beside a
    /// shown total would give the hidden count back.
    /// </summary>
    public static string Percent(int part, int whole) =>
        Share(part, whole) is { } share ? share.ToString("0.0", Danish) + " %" : "–";

    public static double? Share(int part, int whole) => whole < Threshold || IsSuppressed(part) ? null : 100.0 * part / whole;
}
