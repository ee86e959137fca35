using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Domain.Validation;

namespace Portal.Domain.Risk;

/// <summary>
/// A scored risk instrument loaded from versioned data (assets/instruments/*.json): items, answer
/// options with scores, thresholds from score to level, and items that alone set a minimum level.
/// </summary>
public sealed record Instrument
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required IReadOnlyList<AnswerOption> Options { get; init; }
    public required IReadOnlyList<InstrumentItem> Items { get; init; }
    /// <summary>Lowest score for each level; the level is the highest threshold reached.</summary>
    public required IReadOnlyList<Threshold> Thresholds { get; init; }

    public string Key => $"{Id} v{Version}";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static Instrument Parse(string json)
    {
        var instrument = JsonSerializer.Deserialize<Instrument>(json, Json)
            ?? throw new InvalidDataException("Empty instrument file.");
        instrument.Check();
        return instrument;
    }

    private void Check()
    {
        if (Items.Count == 0) throw new InvalidDataException($"{Key}: no items.");
        if (Items.Select(i => i.Id).Distinct().Count() != Items.Count) throw new InvalidDataException($"{Key}: duplicate item ids.");
        if (Options.Count == 0 || Options.Select(o => o.Value).Distinct().Count() != Options.Count)
            throw new InvalidDataException($"{Key}: answer options missing or duplicated.");
        if (Thresholds.Count == 0 || Thresholds[0].MinScore != 0) throw new InvalidDataException($"{Key}: thresholds must start at score 0.");
        for (var i = 1; i < Thresholds.Count; i++)
        {
            if (Thresholds[i].MinScore <= Thresholds[i - 1].MinScore || Thresholds[i].Level <= Thresholds[i - 1].Level)
                throw new InvalidDataException($"{Key}: thresholds must rise in score and level.");
        }
    }

    /// <summary>Danish messages for unanswered or unknown items, keyed by item id.</summary>
    public FieldErrors Validate(IReadOnlyDictionary<string, string> answers)
    {
        var errors = new FieldErrors();
        foreach (var item in Items)
        {
            if (!answers.TryGetValue(item.Id, out var value) || string.IsNullOrEmpty(value))
                errors.Add(item.Id, "Vælg et svar.");
            else if (Options.All(o => o.Value != value))
                errors.Add(item.Id, "Svaret findes ikke i instrumentet.");
        }
        return errors;
    }

    /// <summary>Scores complete answers. Throws if an item is unanswered: a partial score would understate the risk.</summary>
    public InstrumentScore Score(IReadOnlyDictionary<string, string> answers)
    {
        Validate(answers).ThrowIfInvalid();
        var score = 0;
        var level = RiskLevel.Lav;
        var signs = new List<string>();
        foreach (var item in Items)
        {
            var option = Options.Single(o => o.Value == answers[item.Id]);
            score += option.Score * item.Weight;
            if (option.Score > 0 && item.MinimumLevel is { } minimum)
            {
                signs.Add(item.Text);
                if (minimum > level) level = minimum;
            }
        }
        var byScore = Thresholds.Last(t => score >= t.MinScore).Level;
        return new InstrumentScore(score, byScore > level ? byScore : level, byScore, signs);
    }
}

public sealed record AnswerOption(string Value, string Label, int Score);

/// <param name="MinimumLevel">A "yes" here sets at least this level whatever the score (a high-risk sign).</param>
public sealed record InstrumentItem(string Id, string Text, int Weight = 1, RiskLevel? MinimumLevel = null, string? Help = null);

public sealed record Threshold(RiskLevel Level, int MinScore);

/// <param name="Level">The computed level: the score's level, raised by any high-risk sign.</param>
/// <param name="LevelByScore">The level from the score alone.</param>
/// <param name="HighRiskSigns">The items answered yes that set a minimum level.</param>
public sealed record InstrumentScore(int Score, RiskLevel Level, RiskLevel LevelByScore, IReadOnlyList<string> HighRiskSigns);
