namespace Portal.Domain.Cases;

/// <summary>What wrote a journal note, so code finds a note by where it came from and never by its text.</summary>
public enum JournalNoteKind
{
    /// <summary>Written by staff (or another part of the portal that has no kind of its own).</summary>
    Note,
    /// <summary>The summary the stalking visitation writes when it is completed.</summary>
    VisitationSummary,
}
