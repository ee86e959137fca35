using System.Text.Json;
using Portal.Domain.CrisisPlans;

namespace Portal.Features.CrisisPlans;

/// <summary>
/// Loads the crisis plan's languages from <c>assets/crisis-plan-languages</c> once. A file that lacks a
/// Danish key, or a language that has no file, stops the start: a plan must never print half translated.
/// </summary>
public sealed class CrisisPlanLanguageCatalog
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "assets", "crisis-plan-languages");

    private static readonly Lazy<CrisisPlanLanguageCatalog> LazyShipped = new(() => new CrisisPlanLanguageCatalog(Directory));

    private readonly Dictionary<string, CrisisPlanLanguage> languages;

    /// <summary>The languages shipped with Portal; they never change while it runs.</summary>
    public static CrisisPlanLanguageCatalog Shipped => LazyShipped.Value;

    public CrisisPlanLanguageCatalog(string directory)
    {
        languages = CrisisPlanLanguages.Codes.ToDictionary(c => c, c => Load(Path.Combine(directory, $"{c}.json")));
        var keys = languages[CrisisPlanLanguages.Danish].Texts.Keys.ToHashSet();
        foreach (var language in languages.Values)
        {
            var missing = keys.Except(language.Texts.Keys).ToList();
            var extra = language.Texts.Keys.Except(keys).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                throw new InvalidDataException(
                    $"Crisis plan language '{language.Code}': missing keys [{string.Join(", ", missing)}], unknown keys [{string.Join(", ", extra)}].");
            }
        }
    }

    public IReadOnlyList<CrisisPlanLanguage> All => CrisisPlanLanguages.Codes.Select(c => languages[c]).ToList();

    public CrisisPlanLanguage Danish => languages[CrisisPlanLanguages.Danish];

    public CrisisPlanLanguage Get(string? code) => code is not null && languages.TryGetValue(code, out var l) ? l : Danish;

    private static CrisisPlanLanguage Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"The crisis plan language file '{path}' is missing.", path);
        var options = new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, PropertyNameCaseInsensitive = true };
        var file = JsonSerializer.Deserialize<LanguageFile>(File.ReadAllText(path), options)
            ?? throw new InvalidDataException($"'{path}' is empty.");
        var code = Path.GetFileNameWithoutExtension(path);
        if (file.Code != code) throw new InvalidDataException($"'{path}' says it is language '{file.Code}'.");
        return new CrisisPlanLanguage(file.Code, file.DanishName, file.NativeName, file.Direction == "rtl", file.ReviewedByNativeSpeaker,
            file.ReviewNote ?? "", file.Texts, file.RevealingWords ?? []);
    }

    private sealed record LanguageFile(
        string Code, string DanishName, string NativeName, string Direction, bool ReviewedByNativeSpeaker, string? ReviewNote,
        Dictionary<string, string> Texts, List<string>? RevealingWords);
}
