using Portal.Domain.Risk;

namespace Portal.Features.Risk;

/// <summary>The risk instruments shipped in assets/instruments, loaded once at start-up; every version is kept.</summary>
public sealed class InstrumentCatalog
{
    public const string StalkingScreening = "stalking-screening";

    private readonly Dictionary<(string Id, int Version), Instrument> _all;

    public InstrumentCatalog(string folder)
    {
        _all = Directory.EnumerateFiles(folder, "*.json")
            .Select(f => Instrument.Parse(File.ReadAllText(f)))
            .ToDictionary(i => (i.Id, i.Version));
    }

    public static InstrumentCatalog FromAppFolder() =>
        new(Path.Combine(AppContext.BaseDirectory, "assets", "instruments"));

    /// <summary>The newest version of an instrument.</summary>
    public Instrument Current(string id) =>
        _all.Values.Where(i => i.Id == id).MaxBy(i => i.Version)
        ?? throw new InvalidOperationException($"Instrumentet '{id}' findes ikke i assets/instruments.");

    public Instrument Get(string id, int version) => _all[(id, version)];
}
