using Portal.Domain.Validation;

namespace Portal.Domain.Cases;

/// <summary>A dated case note. Notes are never edited: a correction is a new note.</summary>
public sealed class JournalNote
{
    public const int TextMax = 4000;

    private JournalNote() { }

    internal JournalNote(Guid requestId, string text, int authorId, string authorName, DateTimeOffset at, JournalNoteKind kind = JournalNoteKind.Note)
    {
        RequestId = requestId;
        Kind = kind;
        Text = text;
        AuthorId = authorId;
        AuthorName = authorName;
        WrittenAt = at;
    }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    /// <summary>Chosen by the form that wrote it, so a double-submitted note is stored once.</summary>
    public Guid RequestId { get; private set; }
    public JournalNoteKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public int AuthorId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public DateTimeOffset WrittenAt { get; private set; }

    public static FieldErrors Validate(string? text)
    {
        var errors = new FieldErrors();
        TextRules.Required(errors, nameof(Text), text, "Notatet", TextMax);
        return errors;
    }
}
