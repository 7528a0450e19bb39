using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using MySqlConnector;
using RusToK.Infrastructure.Kernel.Events;

namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>
/// Creates contexts for the configured provider. Options are built once; every context shares the one model,
/// whatever tenant it is bound to. Contexts come from EF Core's pool: a storefront page opens several short
/// units of work, and building a context's internal services each time cost more than the queries.
/// </summary>
public sealed class AppDbContextFactory
{
    private readonly Func<TenantBinding, AppDbContext> _create;

    public AppDbContextFactory(DatabaseOptions database, OutboxWriter outboxWriter)
    {
        Provider = database.Provider;
        _create = database.Provider == DatabaseProvider.MySql
            ? Pooled<MySqlAppDbContext>(database, outboxWriter)
            : Pooled<SqliteAppDbContext>(database, outboxWriter);
    }

    public DatabaseProvider Provider { get; }

    public AppDbContext Create(TenantBinding binding) => _create(binding);

    public AppDbContext CreatePlatformContext() => _create(TenantBinding.Platform);

    public AppDbContext CreateFor(Guid tenantId) => _create(new TenantBinding(tenantId));

    private static Func<TenantBinding, AppDbContext> Pooled<TContext>(DatabaseOptions database, OutboxWriter outboxWriter)
        where TContext : AppDbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        Configure(options, database, outboxWriter);
        var pool = new PooledDbContextFactory<TContext>(options.Options);
        return binding => pool.CreateDbContext().BindTo(binding);
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database, OutboxWriter? outboxWriter)
    {
        if (database.Provider == DatabaseProvider.MySql)
        {
            // A deadlock, a lock wait timeout or a dropped pooled connection is retried rather than shown to the
            // user: InnoDB picks a victim when the outbox relay and a request touch the same index ranges. The
            // retries stay short so that a database that is down answers 503 within seconds instead of hanging.
            options.UseMySql(Tuned(database.ConnectionString), ServerVersion.Parse(database.ServerVersion), mysql => mysql
                .MigrationsAssembly(typeof(AppDbContextFactory).Assembly.FullName)
                .EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(1), errorNumbersToAdd: null));
        }
        else
        {
            options.UseSqlite(database.ConnectionString, sqlite => sqlite.MigrationsAssembly(typeof(AppDbContextFactory).Assembly.FullName));
        }

        if (outboxWriter is not null) options.AddInterceptors(new TenantWriteGuard(), outboxWriter);
    }

    /// <summary>
    /// Pooled connections skip MySqlConnector's reset (two extra round trips per unit of work) unless the deployer
    /// asks for it: nothing here leaves session state behind (no user variables, temporary tables or open
    /// transactions: EF Core commits or rolls back before a connection goes back to the pool). Opening a connection
    /// gives up after 3 s (the driver's default is 15 s) unless the deployer says otherwise, so an unreachable
    /// server is reported quickly.
    /// </summary>
    private static string Tuned(string connectionString)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Connection Reset")) builder.ConnectionReset = false;
        if (!builder.ContainsKey("Connection Timeout") && !builder.ContainsKey("Connect Timeout")) builder.ConnectionTimeout = 3;
        return builder.ConnectionString;
    }
}
