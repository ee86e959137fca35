namespace Portal.Data;

/// <summary><c>Database:Provider</c>: one SQLite file (the default) or a PostgreSQL server shared by several nodes.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public static class DatabaseProviders
{
    public static DatabaseProvider From(IConfiguration configuration)
    {
        var configured = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(configured)) return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(configured.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider er «{configured}»; brug Sqlite eller PostgreSql.");
    }
}
