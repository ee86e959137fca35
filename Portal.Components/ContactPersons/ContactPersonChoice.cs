namespace Portal.Components.ContactPersons;

/// <summary>The visitator's choice: who becomes fixed contact person, and the handover note when someone is replaced.</summary>
public sealed record ContactPersonChoice(int StaffId, string? HandoverNote);
