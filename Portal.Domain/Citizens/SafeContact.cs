namespace Portal.Domain.Citizens;

/// <summary>How the citizen may be reached without putting them at risk (sikker kontakt).</summary>
public sealed record SafeContact
{
    public bool MayCall { get; init; } = true;
    public bool MayLeaveVoicemail { get; init; }
    public bool MaySendSms { get; init; }
    public bool MaySendLettersHome { get; init; }
    public string? SafeTimes { get; init; }
}
