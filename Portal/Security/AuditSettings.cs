using Portal.Data;
using Portal.Domain.Audit;

namespace Portal.Security;

/// <summary>
/// Where the audit chain's secrets and anchor live, outside the audit table: the HMAC key
/// (<c>Audit:HmacKey</c>, base64) and the append-only anchor file (<c>Audit:AnchorPath</c>).
/// </summary>
public sealed class AuditSettings
{
    public const string KeyFileName = "audit-hmac.key";
    public const string AnchorFileName = "audit-anchor.log";
    private const int MinimumKeyBytes = 32;

    private readonly byte[] _key;

    public AuditSettings(byte[] key, string anchorPath, AnchorScope scope = AnchorScope.AllWriters)
    {
        if (key.Length < MinimumKeyBytes)
            throw new InvalidOperationException(
                $"Portal starter ikke: Audit:HmacKey skal være mindst {MinimumKeyBytes} byte (base64-kodet), men er {key.Length}.");
        _key = key.ToArray();
        AnchorPath = anchorPath;
        Scope = scope;
    }

    /// <summary>The HMAC key. Never logged, never stored in the database.</summary>
    public ReadOnlySpan<byte> Key => _key;

    public string AnchorPath { get; }

    /// <summary>On PostgreSQL several nodes append and each keeps its own anchor file, so an anchor records only its node's appends.</summary>
    public AnchorScope Scope { get; }

    /// <summary>
    /// Reads the settings. Without <c>Audit:HmacKey</c>, Production refuses to start; any other
    /// environment (Development, demo, tests) uses a key file made once in the data folder, next to the database.
    /// </summary>
    public static AuditSettings FromConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        var dataFolder = DatabaseSetup.DataFolder(configuration, environment.ContentRootPath);
        var anchorPath = configuration["Audit:AnchorPath"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, environment.ContentRootPath)
            : Path.Combine(dataFolder, AnchorFileName);
        Directory.CreateDirectory(Path.GetDirectoryName(anchorPath)!);

        byte[] key;
        if (configuration["Audit:HmacKey"] is { Length: > 0 } base64)
        {
            try
            {
                key = Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                throw new InvalidOperationException("Portal starter ikke: Audit:HmacKey er ikke gyldig base64.");
            }
        }
        else if (environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Portal starter ikke: Audit:HmacKey mangler. Revisionssporet kræver en hemmelig nøgle uden for databasen i Production. " +
                $"Lav en med fx `openssl rand -base64 {MinimumKeyBytes}`, og giv den som miljøvariablen Audit__HmacKey eller fra en nøgleboks.");
        }
        else
        {
            key = KeyFile(Path.Combine(dataFolder, KeyFileName));
        }
        var scope = DatabaseProviders.From(configuration) == DatabaseProvider.PostgreSql ? AnchorScope.ThisNode : AnchorScope.AllWriters;
        return new AuditSettings(key, anchorPath, scope);
    }

    /// <summary>Reads the key file, or creates it once (readable by the owner only) with a new random key.</summary>
    internal static byte[] KeyFile(string path)
    {
        if (!File.Exists(path))
        {
            var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(MinimumKeyBytes);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            try
            {
                using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
                writer.Write(Convert.ToBase64String(key));
                return key;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it first; use theirs.
            }
        }
        try
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"Portal starter ikke: nøglefilen til revisionssporet ({path}) er ikke gyldig base64.");
        }
    }
}
