namespace Portal.Domain.Visitation;

/// <summary>
/// The portal's own suggestion of whether this is stalking (straffeloven § 242: repeated unwanted
/// contact that can cause fear), with the reasons, for the visitator to agree or disagree with.
/// </summary>
public sealed record StalkingSuggestion(string Conclusion, IReadOnlyList<string> Reasons)
{
    public const int MinimumDays = 14;

    private static readonly HashSet<string> Repeated = ["sjaeldnere", "ugentligt", "flere-om-ugen", "dagligt"];
    private static readonly HashSet<string> Burden = ["frygt", "soevn", "sygemelding", "rutiner", "flyttet", "isolation"];

    public static StalkingSuggestion From(VisitationAnswers a, DateOnly today)
    {
        var reasons = new List<string>();
        var repeated = a.Frequency is not null && Repeated.Contains(a.Frequency) && (a.Behaviours.Count > 0 || !string.IsNullOrWhiteSpace(a.BehaviourNotes));
        reasons.Add(a.Frequency is null
            ? "Det er ikke oplyst, hvor tit det sker."
            : repeated ? "Der er gentagen, uønsket kontakt." : "Der er ikke beskrevet gentagen kontakt.");

        var days = a.Since is { } since ? today.DayNumber - since.DayNumber : (int?)null;
        var longEnough = days >= MinimumDays;
        reasons.Add(days is null
            ? "Det er ikke oplyst, hvornår det begyndte."
            : longEnough ? $"Det har stået på i mindst to uger ({days} dage)." : $"Det har stået på i under to uger ({days} dage).");

        var fear = a.Consequences.Contains("frygt");
        var burden = fear || a.Consequences.Any(Burden.Contains);
        reasons.Add(fear
            ? "Borgeren er bange eller utryg."
            : burden ? "Borgeren er belastet i hverdagen." : "Der er ikke beskrevet frygt eller belastning.");

        var conclusion = repeated && longEnough && burden ? "ja"
            : a.Frequency == "enkeltstaaende" && !burden ? "nej"
            : "usikker";
        return new StalkingSuggestion(conclusion, reasons);
    }
}
