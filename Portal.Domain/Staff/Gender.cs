namespace Portal.Domain.Staff;

/// <summary>A staff member's gender, as far as the citizen's wish for a contact person needs it.</summary>
public enum Gender
{
    Kvinde,
    Mand,
}

public static class GenderNames
{
    /// <summary>Lower-case Danish word, as used inside a sentence ("en kvinde").</summary>
    public static string Danish(this Gender gender) => gender switch
    {
        Gender.Kvinde => "kvinde",
        Gender.Mand => "mand",
        _ => gender.ToString(),
    };
}
