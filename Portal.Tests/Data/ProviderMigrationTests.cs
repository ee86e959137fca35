using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Tests.Data;

/// <summary>Each provider's migrations match the model (no server needed to compare a model with its snapshot).</summary>
public class ProviderMigrationTests
{
    [Fact]
    public void The_postgresql_migrations_have_every_model_change()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a PostgreSQL migration: run dotnet ef migrations add … --context PostgreSqlPortalDbContext.");
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_InitialPostgreSql", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sqlite_migrations_are_not_the_postgresql_ones()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        Assert.False(sqlite.Database.HasPendingModelChanges());
        Assert.Empty(sqlite.Database.GetMigrations().Intersect(postgres.Database.GetMigrations()));
    }
}
