using System.Globalization;

namespace Portal.Domain.CrisisPlans;

/// <summary>
/// The fixed texts of the printed crisis plan in one language, held as data in
/// <c>assets/crisis-plan-languages/&lt;code&gt;.json</c> with the keys of the Danish file. What the counsellor
/// typed is never translated. <see cref="ReviewedByNativeSpeaker"/> false is shown to the counsellor before printing.
/// </summary>
public sealed record CrisisPlanLanguage(
    string Code, string DanishName, string NativeName, bool RightToLeft, bool ReviewedByNativeSpeaker, string ReviewNote,
    IReadOnlyDictionary<string, string> Texts, IReadOnlyList<string> RevealingWords)
{
    public string this[string key] => Texts.TryGetValue(key, out var text)
        ? text
        : throw new KeyNotFoundException($"The crisis plan text '{key}' is missing in language '{Code}'.");

    public string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);

    /// <summary>Whether a text names violence or stalking in this language (the discreet print must not).</summary>
    public bool Reveals(string? text) =>
        text is not null && RevealingWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}

/// <summary>The languages a crisis plan prints in (ISO 639-1 codes), Danish first.</summary>
public static class CrisisPlanLanguages
{
    public const string Danish = "da";

    public static readonly IReadOnlyList<string> Codes = ["da", "en", "ar", "fa", "so", "tr", "uk", "pl", "ti"];

    public const string UnknownMessage = "Ukendt sprog. Vælg et af sprogene: da, en, ar, fa, so, tr, uk, pl, ti.";

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);

}
