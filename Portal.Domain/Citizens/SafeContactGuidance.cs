namespace Portal.Domain.Citizens;

/// <summary>
/// The rules a caseworker must see before calling or writing to the citizen, as short lines shown beside the phone
/// number (on the case page and on tasks) and printed on anything that goes out with a phone number or an address.
/// </summary>
public static class SafeContactGuidance
{
    public static IReadOnlyList<string> Lines(SafeContact s)
    {
        var lines = new List<string>();
        if (!s.MayCall) lines.Add("Må ikke ringes op");
        else
        {
            if (s.SafeTimes is { } times) lines.Add($"Ring kun: {times}");
            if (!s.MayLeaveVoicemail) lines.Add("Må ikke lægge besked");
        }
        if (!s.MaySendSms) lines.Add("Ingen sms");
        if (!s.MaySendLettersHome) lines.Add("Ingen breve til hjemmet");
        return lines;
    }

    /// <summary>The lines as one sentence for a letter to a recipient: "Kontakt borgeren sikkert: …".</summary>
    public static string? ForRecipient(SafeContact s) =>
        Lines(s) is { Count: > 0 } lines ? $"Kontakt borgeren sikkert: {string.Join(". ", lines)}." : null;
}
