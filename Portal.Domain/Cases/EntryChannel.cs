namespace Portal.Domain.Cases;

/// <summary>Where the first contact came from.</summary>
public enum EntryChannel
{
    Borger,
    Politi,
    Jobcenter,
    Skole,
    Skadestue,
    Krisecenter,
    Sundhedspleje,
    Borgerservice,
    Andet,
}

public static class EntryChannelNames
{
    public static string Danish(this EntryChannel channel) => channel switch
    {
        EntryChannel.Borger => "Borgeren selv",
        EntryChannel.Politi => "Politi",
        EntryChannel.Jobcenter => "Jobcenter",
        EntryChannel.Skole => "Skole",
        EntryChannel.Skadestue => "Skadestue",
        EntryChannel.Krisecenter => "Krisecenter",
        EntryChannel.Sundhedspleje => "Sundhedspleje",
        EntryChannel.Borgerservice => "Borgerservice",
        EntryChannel.Andet => "Andet",
        _ => channel.ToString(),
    };
}
