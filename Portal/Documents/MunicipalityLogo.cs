using System.Collections.Concurrent;
using SkiaSharp;

namespace Portal.Documents;

/// <summary>
/// The logo printed in the header of standard documents, from configuration <c>Municipality:LogoPath</c>
/// (a PNG or JPEG; a relative path is under <see cref="AppContext.BaseDirectory"/>; default <c>assets/logo.png</c>,
/// Portal's neutral demo logo). A missing or unreadable file prints the document without a logo.
/// </summary>
public static class MunicipalityLogo
{
    public const string ConfigKey = "Municipality:LogoPath";
    public const string DefaultPath = "assets/logo.png";

    private static readonly ConcurrentDictionary<string, byte[]?> Cache = new(StringComparer.Ordinal);

    public static string PathFrom(IConfiguration config)
    {
        var configured = config[ConfigKey];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured, AppContext.BaseDirectory);
    }

    /// <summary>The logo's bytes, read once per path; null (with a warning) when the file is missing or not an image.</summary>
    /// <summary>The logo as configured for the app whose services are given (a document endpoint's request).</summary>
    public static byte[]? Load(IServiceProvider services) =>
        Load(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MunicipalityLogo)));

    public static byte[]? Load(IConfiguration config, ILogger logger)
    {
        var path = PathFrom(config);
        return Cache.GetOrAdd(path, p =>
        {
            var bytes = Read(p);
            if (bytes is null) logger.LogWarning("Logoet {Path} findes ikke eller er ikke en PNG/JPEG; dokumenter udskrives uden logo.", p);
            return bytes;
        });
    }

    /// <summary>The file's bytes if it is a PNG or JPEG SkiaSharp can decode, otherwise null.</summary>
    public static byte[]? Read(string path)
    {
        if (!File.Exists(path)) return null;
        var bytes = File.ReadAllBytes(path);
        var info = SKBitmap.DecodeBounds(bytes);
        return info.Width > 0 && info.Height > 0 ? bytes : null;
    }
}
