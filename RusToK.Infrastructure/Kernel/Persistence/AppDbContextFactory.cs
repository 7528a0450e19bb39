using Microsoft.EntityFrameworkCore;
using RusToK.Infrastructure.Kernel.Events;

namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>
/// Creates contexts for the configured provider. Options are built once; every context shares the one model,
/// whatever tenant it is bound to.
/// </summary>
public sealed class AppDbContextFactory
{
    private readonly Func<TenantBinding, AppDbContext> _create;

    public AppDbContextFactory(DatabaseOptions database, OutboxWriter outboxWriter)
    {
        Provider = database.Provider;
        if (database.Provider == DatabaseProvider.MySql)
        {
            var options = new DbContextOptionsBuilder<MySqlAppDbContext>();
            Configure(options, database, outboxWriter);
            var built = options.Options;
            _create = binding => new MySqlAppDbContext(built, binding);
        }
        else
        {
            var options = new DbContextOptionsBuilder<SqliteAppDbContext>();
            Configure(options, database, outboxWriter);
            var built = options.Options;
            _create = binding => new SqliteAppDbContext(built, binding);
        }
    }

    public DatabaseProvider Provider { get; }

    public AppDbContext Create(TenantBinding binding) => _create(binding);

    public AppDbContext CreatePlatformContext() => _create(TenantBinding.Platform);

    public AppDbContext CreateFor(Guid tenantId) => _create(new TenantBinding(tenantId));

    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database, OutboxWriter? outboxWriter)
    {
        if (database.Provider == DatabaseProvider.MySql)
        {
            options.UseMySql(database.ConnectionString, ServerVersion.Parse(database.ServerVersion), mysql =>
                mysql.MigrationsAssembly(typeof(AppDbContextFactory).Assembly.FullName));
        }
        else
        {
            options.UseSqlite(database.ConnectionString, sqlite => sqlite.MigrationsAssembly(typeof(AppDbContextFactory).Assembly.FullName));
        }

        if (outboxWriter is not null) options.AddInterceptors(new TenantWriteGuard(), outboxWriter);
    }
}
