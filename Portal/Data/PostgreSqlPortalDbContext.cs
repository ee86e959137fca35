using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Data;

/// <summary>
/// The same model on PostgreSQL. A type of its own only so that EF keeps its migrations apart from SQLite's
/// (migrations belong to a context type): <c>Data/Migrations/PostgreSql</c> beside <c>Data/Migrations/Sqlite</c>.
/// </summary>
public sealed class PostgreSqlPortalDbContext(DbContextOptions<PostgreSqlPortalDbContext> options) : PortalDbContext(options);

/// <summary>For <c>dotnet ef migrations add X --context PostgreSqlPortalDbContext</c>: adding a migration needs no server.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlPortalDbContext>
{
    public PostgreSqlPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlPortalDbContext>().UseNpgsql("Host=localhost;Database=portal").Options);
}

/// <summary>Hands out the provider's context as the <see cref="PortalDbContext"/> every service asks for.</summary>
public sealed class ProviderDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<PortalDbContext>
    where TContext : PortalDbContext
{
    public PortalDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<PortalDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}

/// <summary>For <c>dotnet ef migrations add X --context PortalDbContext</c>: the SQLite migrations.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
