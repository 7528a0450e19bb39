using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Events;
using RusToK.Infrastructure.Kernel.Leases;
using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Infrastructure.Kernel.Tenancy;
using RusToK.Testing;

namespace RusToK.Infrastructure.Tests.Kernel;

/// <summary>A migrated database (SQLite file or a fresh MariaDB database) and the outbox machinery, without the web host.</summary>
public abstract class PersistenceFixture : IAsyncLifetime
{
    private ServiceProvider _services = default!;

    public AppDbContextFactory Factory => _services.GetRequiredService<AppDbContextFactory>();

    public OutboxRelay Relay => _services.GetRequiredService<OutboxRelay>();

    public FlakyHandler Flaky => _services.GetRequiredService<FlakyHandler>();

    public ReaderVisibleChangeRecorder ReaderVisible => _services.GetRequiredService<ReaderVisibleChangeRecorder>();

    public CountingHandler Counting => _services.GetRequiredService<CountingHandler>();

    public LeaseStore Leases => _services.GetRequiredService<LeaseStore>();

    /// <summary>Another relay over the same database, with its own lease holder: what a second web node runs.</summary>
    public OutboxRelay NewNode() => ActivatorUtilities.CreateInstance<OutboxRelay>(_services);

    public async Task<Guid> NewTenantAsync()
    {
        await using var platform = Factory.CreatePlatformContext();
        var tenant = Tenant.Create("t" + Guid.NewGuid().ToString("N")[..10], "Test", []);
        platform.Tenants.Add(tenant);
        await platform.SaveChangesAsync();
        return tenant.Id;
    }

    protected abstract DatabaseOptions Database();

    public virtual async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Database());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(EventTypeRegistry.FromDomain());
        services.AddSingleton<EventDispatchTable>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<AppDbContextFactory>();
        services.AddSingleton<TenantStore>();
        services.AddSingleton<TenantScopeFactory>();
        services.AddScoped<ITenantContext, TenantContext>();
        services.AddSingleton<FlakyHandler>();
        services.AddSingleton<IDomainEventHandler<Domain.Modules.Announcements.Events.AnnouncementCreated>>(sp => sp.GetRequiredService<FlakyHandler>());
        services.AddSingleton<CountingHandler>();
        services.AddSingleton<IDomainEventHandler<Domain.Modules.Announcements.Events.AnnouncementCreated>>(sp => sp.GetRequiredService<CountingHandler>());
        services.AddSingleton<ReaderVisibleChangeRecorder>();
        services.AddSingleton<IDomainEventHandler<Domain.Kernel.Site.IReaderVisibleChange>>(sp => sp.GetRequiredService<ReaderVisibleChangeRecorder>());
        services.AddOptions<OutboxOptions>().Configure(o =>
        {
            o.MaxAttempts = 3;
            o.FirstRetryDelay = TimeSpan.Zero;
        });
        services.AddSingleton<LeaseStore>();
        services.AddSingleton<OutboxRelay>();
        _services = services.BuildServiceProvider();
        await new DatabaseMigrator(Factory, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
    }

    public virtual async Task DisposeAsync() => await _services.DisposeAsync();
}

public sealed class SqlitePersistenceFixture : PersistenceFixture
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"rustok-infra-{Guid.NewGuid():N}.db");

    protected override DatabaseOptions Database() => new() { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={_file}" };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(file);
    }
}

public sealed class MariaDbPersistenceFixture : PersistenceFixture
{
    private readonly TestMariaDb _database = new();

    protected override DatabaseOptions Database() =>
        new() { Provider = DatabaseProvider.MySql, ServerVersion = "10.11.0-mariadb", ConnectionString = _database.ConnectionString };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
    }
}
