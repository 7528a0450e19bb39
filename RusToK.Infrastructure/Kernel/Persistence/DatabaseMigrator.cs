using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>Applies the provider's migration set (SQLite or MySQL).</summary>
public sealed class DatabaseMigrator(AppDbContextFactory factory, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = factory.CreatePlatformContext();
        if (factory.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers go on while the outbox relay writes; it stays set in the file.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0) return;
        logger.LogInformation("Applying {Count} migration(s) on {Provider}: {Names}", pending.Count, factory.Provider, string.Join(", ", pending));
        await db.Database.MigrateAsync(ct);
    }
}
