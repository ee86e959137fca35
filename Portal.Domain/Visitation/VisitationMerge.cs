using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Portal.Domain.Risk;

namespace Portal.Domain.Visitation;

/// <summary>One answer of the conversation, as the merge shows it.</summary>
/// <param name="Key">The property of <see cref="VisitationAnswers"/>.</param>
/// <param name="Choices">The choice list its values come from, to show labels instead of stored values.</param>
public sealed record AnswerField(string Key, string Label, int Step, IReadOnlyList<Choice>? Choices = null);

/// <summary>An answer that differs between what this user typed and what was saved elsewhere meanwhile.</summary>
/// <param name="MineChanged">This user changed it since their last save; otherwise only the other save did.</param>
public sealed record FieldDifference(AnswerField Field, string Mine, string Theirs, bool MineChanged);

/// <summary>
/// When a visitation draft was saved from another window or by someone else while this user typed, nothing typed is
/// thrown away: the user sees each answer that differs, theirs beside the saved one, and takes one or the other field
/// by field. By default an answer keeps what this user changed, and takes the saved one where only the other changed.
/// </summary>
public static class VisitationMerge
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static readonly IReadOnlyList<AnswerField> Fields =
    [
        new(nameof(VisitationAnswers.InDangerNow), "Er borgeren i fare lige nu?", 1),
        new(nameof(VisitationAnswers.CitizenWhereabouts), "Hvor er borgeren nu?", 1),
        new(nameof(VisitationAnswers.SafeToTalk), "Kan borgeren tale frit?", 1),
        new(nameof(VisitationAnswers.Behaviours), "Hvad sker der?", 2, Choices.Behaviours),
        new(nameof(VisitationAnswers.BehaviourNotes), "Noter om det, der sker", 2),
        new(nameof(VisitationAnswers.Since), "Siden hvornår", 3),
        new(nameof(VisitationAnswers.Frequency), "Hvor tit", 3, Choices.Frequencies),
        new(nameof(VisitationAnswers.MostRecent), "Seneste hændelse", 3),
        new(nameof(VisitationAnswers.Relation), "Relationen", 4, Choices.Relations),
        new(nameof(VisitationAnswers.RelationNotes), "Noter om relationen", 4),
        new(nameof(VisitationAnswers.Consequences), "Konsekvenser", 5, Choices.Consequences),
        new(nameof(VisitationAnswers.ConsequenceNotes), "Noter om konsekvenserne", 5),
        new(nameof(VisitationAnswers.Screening), "Svar i risikoscreeningen", 6),
        new(nameof(VisitationAnswers.RaisedLevel), "Hævet risikoniveau", 6),
        new(nameof(VisitationAnswers.RaiseReason), "Begrundelse for at hæve risikoniveauet", 6),
        new(nameof(VisitationAnswers.IsStalking), "Er det stalking?", 7, VisitationSteps.StalkingConclusions),
        new(nameof(VisitationAnswers.AssessmentReason), "Begrundelse for vurderingen", 7),
        new(nameof(VisitationAnswers.Advice), "Råd og vejledning", 8, Choices.Advice),
        new(nameof(VisitationAnswers.AdviceNotes), "Noter om råd og vejledning", 8),
        new(nameof(VisitationAnswers.NextSteps), "Videre forløb", 9, Choices.NextSteps),
        new(nameof(VisitationAnswers.ConsentToDsc), "Samtykke til henvisning til Dansk Stalking Center", 9),
        new(nameof(VisitationAnswers.NextStepNotes), "Noter om det videre forløb", 9),
    ];

    /// <summary>The answers that differ between <paramref name="mine"/> and <paramref name="theirs"/>, in the order of the conversation.</summary>
    /// <param name="based">What this user's page last loaded or saved: tells who changed what.</param>
    public static IReadOnlyList<FieldDifference> Differences(VisitationAnswers based, VisitationAnswers mine, VisitationAnswers theirs)
    {
        var (b, m, t) = (Tree(based), Tree(mine), Tree(theirs));
        return Fields
            .Where(f => !JsonNode.DeepEquals(m[f.Key], t[f.Key]))
            .Select(f => new FieldDifference(f, Show(f, m[f.Key]), Show(f, t[f.Key]), !JsonNode.DeepEquals(m[f.Key], b[f.Key])))
            .ToList();
    }

    /// <summary>This user's answers, with the fields in <paramref name="takeTheirs"/> taken from the saved version.</summary>
    public static VisitationAnswers Merge(VisitationAnswers mine, VisitationAnswers theirs, IEnumerable<string> takeTheirs)
    {
        var (m, t) = (Tree(mine), Tree(theirs));
        foreach (var key in takeTheirs) m[key] = t[key]?.DeepClone();
        return m.Deserialize<VisitationAnswers>(Json)!;
    }

    public static VisitationAnswers Copy(VisitationAnswers answers) => Tree(answers).Deserialize<VisitationAnswers>(Json)!;

    private static JsonObject Tree(VisitationAnswers answers) => JsonSerializer.SerializeToNode(answers, Json)!.AsObject();

    private static string Show(AnswerField field, JsonNode? value) => value switch
    {
        null => "(ikke udfyldt)",
        JsonArray { Count: 0 } => "(intet valgt)",
        JsonArray items => string.Join(", ", items.Select(i => Label(field, i!.GetValue<string>()))),
        JsonObject { Count: 0 } => "(ikke udfyldt)",
        JsonObject answers => string.Join("; ", answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}: {a.Value}")),
        JsonValue v when v.TryGetValue<bool>(out var yes) => yes ? "Ja" : "Nej",
        JsonValue v when v.TryGetValue<string>(out var text) => string.IsNullOrWhiteSpace(text) ? "(ikke udfyldt)" : ShowText(field, text),
        _ => value.ToJsonString(),
    };

    private static string ShowText(AnswerField field, string text) =>
        field.Key == nameof(VisitationAnswers.RaisedLevel) && Enum.TryParse<RiskLevel>(text, out var level) ? level.Danish()
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)
            : Label(field, text);

    private static string Label(AnswerField field, string value) => field.Choices is { } list ? Choices.LabelOf(list, value) : value;
}
