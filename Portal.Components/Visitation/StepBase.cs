using Microsoft.AspNetCore.Components;
using Portal.Domain.Validation;
using Portal.Domain.Visitation;

namespace Portal.Components.Visitation;

/// <summary>A step of the visitation: edits <see cref="Answers"/> in place and says when something changed.</summary>
public abstract class StepBase : ComponentBase
{
    /// <summary>The visitation's answers, edited in place.</summary>
    [Parameter, EditorRequired] public VisitationAnswers Answers { get; set; } = null!;
    /// <summary>Field messages from validation, keyed by answer name.</summary>
    [Parameter] public FieldErrors? Errors { get; set; }
    /// <summary>Called after any change, so the page can save a draft.</summary>
    [Parameter] public EventCallback Changed { get; set; }

    protected string? ErrorFor(string field) => Errors?[field];

    /// <summary>Passed to child inputs, so this step re-renders as well as telling its parent.</summary>
    protected Task Touched() => Changed.InvokeAsync();

    protected Task Set(Action change)
    {
        change();
        return Changed.InvokeAsync();
    }
}
