using System.Globalization;
using System.Text;
using Portal.Domain.Risk;

namespace Portal.Domain.Visitation;

/// <summary>The readable summary of a visitation, saved as a journal note. Never holds an address.</summary>
public static class VisitationSummary
{
    public static string Compose(VisitationAnswers a, Instrument screening, DateOnly today)
    {
        var s = new StringBuilder();
        s.AppendLine("Stalkingvisitation – opsummering");
        s.AppendLine();
        s.AppendLine("Sikkerhed nu: " + (a.InDangerNow == true
            ? "Borgeren var i fare under samtalen og er vejledt om at ringe 112."
            : "Borgeren var ikke i akut fare under samtalen.")
            + (a.SafeToTalk == false ? " Borgeren kunne ikke tale frit." : ""));
        s.AppendLine("Det der sker: " + Join(Choices.Behaviours, a.Behaviours, a.BehaviourNotes));
        s.AppendLine("Varighed og hyppighed: " + Duration(a));
        s.AppendLine("Relationen: " + (a.Relation is null ? "Ikke oplyst." : Choices.LabelOf(Choices.Relations, a.Relation) + ".")
            + Notes(a.RelationNotes));
        s.AppendLine("Konsekvenser: " + Join(Choices.Consequences, a.Consequences, a.ConsequenceNotes));
        if (screening.Validate(a.Screening).IsValid)
        {
            var score = screening.Score(a.Screening);
            var final = a.RaisedLevel is { } raised && raised > score.Level ? raised : score.Level;
            s.Append(CultureInfo.InvariantCulture, $"Risikoscreening ({screening.Title}, version {screening.Version}): score {score.Score}, niveau {final.Danish()}.");
            if (final > score.Level) s.Append(CultureInfo.InvariantCulture, $" Hævet fra {score.Level.Danish()}: {a.RaiseReason?.Trim()}");
            s.AppendLine();
        }
        var suggestion = StalkingSuggestion.From(a, today);
        s.AppendLine("Vurdering: " + (a.IsStalking is null ? "Ikke afgjort." : Choices.LabelOf(VisitationSteps.StalkingConclusions, a.IsStalking) + ".")
            + Notes(a.AssessmentReason)
            + $" Portalens forslag var: {Choices.LabelOf(VisitationSteps.StalkingConclusions, suggestion.Conclusion).ToLowerInvariant()}.");
        s.AppendLine("Råd og vejledning: " + Join(Choices.Advice, a.Advice, a.AdviceNotes));
        s.Append("Videre forløb: " + Join(Choices.NextSteps, a.NextSteps, a.NextStepNotes));
        if (a.NextSteps.Contains("dsc"))
            s.Append(a.ConsentToDsc ? " Borgeren har givet samtykke til, at kontaktoplysninger gives til Dansk Stalking Center." : "");
        return s.ToString().TrimEnd();
    }

    private static string Duration(VisitationAnswers a)
    {
        var parts = new List<string>();
        if (a.Since is { } since) parts.Add($"siden {since.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}");
        if (a.Frequency is not null) parts.Add(Choices.LabelOf(Choices.Frequencies, a.Frequency).ToLowerInvariant());
        if (a.MostRecent is { } recent) parts.Add($"seneste hændelse {recent.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}");
        return parts.Count == 0 ? "Ikke oplyst." : Capitalise(string.Join(", ", parts)) + ".";
    }

    private static string Join(IReadOnlyList<Choice> list, IEnumerable<string> values, string? notes)
    {
        var labels = values.Select(v => Choices.LabelOf(list, v)).ToList();
        var text = labels.Count == 0 ? "Intet valgt." : string.Join("; ", labels) + ".";
        return text + Notes(notes);
    }

    private static string Notes(string? notes) => string.IsNullOrWhiteSpace(notes) ? "" : $" ({notes.Trim()})";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
