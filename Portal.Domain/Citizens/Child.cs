namespace Portal.Domain.Citizens;

/// <summary>A child living in the citizen's household.</summary>
public sealed record Child(string FirstName, int BirthYear);
