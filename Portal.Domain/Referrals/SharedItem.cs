namespace Portal.Domain.Referrals;

/// <summary>
/// A piece of information a referral may pass on. An address is deliberately not one of them: recipients
/// reach the citizen by phone and the agreed safe contact, so a referral never carries an address.
/// </summary>
public enum SharedItem
{
    Navn,
    Cpr,
    Telefon,
    SikkerKontakt,
    Risikoniveau,
    Haendelseslog,
    Kriseplan,
    Visitationsresume,
    /// <summary>The case worker's own text about the situation; shared when it is written.</summary>
    Supplerende,
}

public static class SharedItems
{
    public static readonly IReadOnlyList<SharedItem> All = Enum.GetValues<SharedItem>();

    public static string Danish(this SharedItem item) => item switch
    {
        SharedItem.Navn => "Navn",
        SharedItem.Cpr => "CPR-nummer",
        SharedItem.Telefon => "Telefonnummer",
        SharedItem.SikkerKontakt => "Sikker kontakt (hvordan borgeren må kontaktes)",
        SharedItem.Risikoniveau => "Risikoniveau",
        SharedItem.Haendelseslog => "Hændelseslog",
        SharedItem.Kriseplan => "Kriseplan",
        SharedItem.Visitationsresume => "Resumé af stalkingvisitationen",
        SharedItem.Supplerende => "Supplerende oplysninger (fritekst)",
        _ => item.ToString(),
    };

    /// <summary>Stored as a comma-separated list of enum names, in the enum's order, without duplicates.</summary>
    public static string Join<T>(IEnumerable<T> values) where T : struct, Enum =>
        string.Join(',', values.Distinct().Order().Select(v => v.ToString()));

    public static IReadOnlyList<T> Parse<T>(string? text) where T : struct, Enum =>
        string.IsNullOrEmpty(text)
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => Enum.TryParse<T>(s, out var v) && Enum.IsDefined(v) ? v : (T?)null)
                .OfType<T>()
                .ToList();
}
