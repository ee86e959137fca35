namespace Portal.Domain.Validation;

/// <summary>Danish validation messages keyed by field name; empty means valid.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;
    public IReadOnlyDictionary<string, string> All => _errors;

    public string? this[string field] => _errors.GetValueOrDefault(field);

    public void Add(string field, string message) => _errors.TryAdd(field, message);

    public void AddIf(bool condition, string field, string message)
    {
        if (condition) Add(field, message);
    }

    public void ThrowIfInvalid()
    {
        if (!IsValid) throw new DomainValidationException(this);
    }
}

/// <summary>Thrown when a domain method is called with input the page should already have rejected.</summary>
public sealed class DomainValidationException(FieldErrors errors)
    : Exception(string.Join(" ", errors.All.Values))
{
    public FieldErrors Errors { get; } = errors;
}

/// <summary>A business rule was broken; the message is Danish and may be shown to the user.</summary>
public sealed class DomainRuleException(string message) : Exception(message);
