using Portal.Domain.Validation;

namespace Portal.Features.Cases;

// The pages' older result shapes. Every save moves to SaveResult<T> straight from the gate; these stay only while
// services outside the host's slice still return them (consultations, contact persons, crisis plans, emergency
// access, incidents, referrals, visitation). Delete this file with their last user.

public abstract record SaveResult
{
    public sealed record Saved : SaveResult;
    public sealed record Invalid(FieldErrors Errors) : SaveResult;
    public sealed record Conflict(string Message) : SaveResult;
    public sealed record Refused(string Message) : SaveResult;
}

public static class SaveResults
{
    /// <summary>The gate's result as the pages' save result.</summary>
    public static SaveResult ToSaveResult<T>(this SaveResult<T> r) => r.Status switch
    {
        SaveStatus.Saved => new SaveResult.Saved(),
        SaveStatus.Invalid => new SaveResult.Invalid(r.Errors),
        SaveStatus.Conflict => new SaveResult.Conflict(r.Message!),
        _ => new SaveResult.Refused(r.Message!),
    };

    /// <summary>The gate's result as a form's (saved, field errors, message) answer.</summary>
    public static (bool Saved, FieldErrors Errors, string? Message) ToFormResult<T>(this SaveResult<T> r) => r.Status switch
    {
        SaveStatus.Saved => (true, new FieldErrors(), null),
        SaveStatus.Invalid => (false, r.Errors, null),
        _ => (false, new FieldErrors(), r.Message),
    };
}
