namespace Portal.Domain.Validation;

public enum SaveStatus
{
    Saved,
    /// <summary>The form has errors; <see cref="SaveResult{T}.Errors"/> says which field and why.</summary>
    Invalid,
    /// <summary>Someone else changed it since it was opened; nothing was saved.</summary>
    Conflict,
    /// <summary>Not allowed (no access, wrong role, closed case); nothing was saved.</summary>
    Refused,
}

/// <summary>
/// The one answer to every save, change or delete: saved (with a value, e.g. a new id or version),
/// or why not, with the Danish message to show. Use <c>bool</c> as <typeparamref name="T"/> when nothing comes back.
/// </summary>
public sealed record SaveResult<T>(SaveStatus Status, T? Value, string? Message, FieldErrors Errors)
{
    public bool IsSaved => Status == SaveStatus.Saved;

    /// <summary>The message for a form to show above its fields: none when the fields themselves carry the errors.</summary>
    public string? Notice => Status == SaveStatus.Invalid ? null : Message;

    public static SaveResult<T> Saved(T value) => new(SaveStatus.Saved, value, null, new FieldErrors());
    public static SaveResult<T> Invalid(FieldErrors errors) => new(SaveStatus.Invalid, default, errors.All.Values.FirstOrDefault(), errors);
    public static SaveResult<T> Conflict(string message) => new(SaveStatus.Conflict, default, message, new FieldErrors());
    public static SaveResult<T> Refused(string message) => new(SaveStatus.Refused, default, message, new FieldErrors());

    /// <summary>The same outcome carrying another value type (for failures).</summary>
    public SaveResult<TOther> As<TOther>() => new(Status, default, Message, Errors);
}
