using Microsoft.AspNetCore.Components;
using Portal.Domain.Validation;
using Portal.Domain.Visitation;

namespace Portal.Components.Visitation;

/// <summary>A step of the visitation: edits <see cref="Answers"/> in place and says when something changed.</summary>
public abstract class StepBase : ComponentBase
{
    [Parameter, EditorRequired] public VisitationAnswers Answers { get; set; } = null!;
    [Parameter] public FieldErrors? Errors { get; set; }
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
