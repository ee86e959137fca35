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

    /// <summary>Every preference, allowed or not, as one sentence: "Må ringes op, ingen besked på telefonsvarer, …".</summary>
    public static string Describe(SafeContact s)
    {
        var parts = new List<string>
        {
            s.MayCall ? "må ringes op" : "må ikke ringes op",
            s.MayLeaveVoicemail ? "besked på telefonsvarer er ok" : "ingen besked på telefonsvarer",
            s.MaySendSms ? "sms er ok" : "ingen sms",
            s.MaySendLettersHome ? "breve hjem er ok" : "ingen breve til hjemmet",
        };
        if (s.SafeTimes is { } times) parts.Add($"sikre tidspunkter: {times}");
        var text = string.Join(", ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }
}
