using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

/// <summary>
/// The same model on PostgreSQL. A type of its own only so that EF keeps its migrations apart from SQLite's
/// (migrations belong to a context type): <c>Data/Migrations/PostgreSql</c> beside <c>Data/Migrations/Sqlite</c>.
/// </summary>
public sealed class PostgreSqlPortalDbContext(DbContextOptions<PostgreSqlPortalDbContext> options) : PortalDbContext(options);

/// <summary>Hands out the provider's context as the <see cref="PortalDbContext"/> every service asks for.</summary>
public sealed class ProviderDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<PortalDbContext>
    where TContext : PortalDbContext
{
    public PortalDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<PortalDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
