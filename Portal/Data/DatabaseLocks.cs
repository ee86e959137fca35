using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.Data;

/// <summary>
/// Locks that hold across nodes. On PostgreSQL they are advisory locks: one node at a time migrates at start-up,
/// and one append at a time extends the audit chain. SQLite is one file that serialises its writers itself, so
/// there they take nothing.
/// </summary>
public static class DatabaseLocks
{
    public const long StartUp = 0x506f7274616c01;   // "Portal" + 1
    public const long AuditChain = 0x506f7274616c02;

    /// <summary>A session lock on the context's connection, held until the result is disposed.</summary>
    public static async Task<IAsyncDisposable> TakeAsync(PortalDbContext db, long key, CancellationToken ct = default)
    {
        if (!db.Database.IsNpgsql()) return NoLock.Instance;
        var creator = db.Database.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            // Two nodes may both find it missing; the second's CREATE DATABASE fails and it goes on with the first's.
            try { await creator.CreateAsync(ct); }
            catch (Npgsql.PostgresException ex) when (ex.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase) { }
        }
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", ct);
        return new SessionLock(db, key);
    }

    /// <summary>A lock inside the context's current transaction, released when it commits or rolls back.</summary>
    public static async Task TakeInTransactionAsync(PortalDbContext db, long key, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
    }

    private sealed class SessionLock(PortalDbContext db, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key})");
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
