using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Live;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Capabilities.Search;
using RusToK.Infrastructure.Capabilities.Search.Lucene;
using RusToK.Infrastructure.Kernel.Events;
using RusToK.Infrastructure.Kernel.Identity;
using RusToK.Infrastructure.Kernel.Live;
using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Infrastructure.Kernel.Tenancy;

namespace RusToK.Infrastructure.Tests.Capabilities.Search;

/// <summary>
/// The projection and rebuilds over a migrated database, with a real Lucene index behind a fault-injecting wrapper and a
/// breaker that pauses only briefly, so an outage and a recovery fit in a test.
/// </summary>
public abstract class SearchFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rustok-projection-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = default!;

    public static readonly TimeSpan BreakFor = TimeSpan.FromMilliseconds(500);

    public IServiceProvider Services => _services;

    public FaultyIndex Index => _services.GetRequiredService<FaultyIndex>();

    public NoteBook Book => _services.GetRequiredService<NoteBook>();

    public SearchProjection Projection => _services.GetRequiredService<SearchProjection>();

    public SearchRebuilder Rebuilder => _services.GetRequiredService<SearchRebuilder>();

    public RecordingJobs Jobs => _services.GetRequiredService<RecordingJobs>();

    public LiveListeners Live => _services.GetRequiredService<LiveListeners>();

    public AppDbContextFactory Factory => _services.GetRequiredService<AppDbContextFactory>();

    protected abstract DatabaseOptions Database();

    public virtual async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Database());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(EventTypeRegistry.FromDomain());
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<AppDbContextFactory>();
        services.AddScoped<IAppDbContextFactory, TenantDbContextFactory>();
        services.AddScoped<ICurrentActor, NoActor>();
        services.AddSingleton<LiveListeners>();
        services.AddSingleton<ILiveUpdates, InProcessLiveUpdates>();
        services.AddSingleton<TenantStore>();
        services.AddSingleton<TenantScopeFactory>();
        services.AddScoped<ITenantContext, TenantContext>();
        services.AddSingleton(new FaultyIndex(new LuceneSearchIndex(_folder)));
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<FaultyIndex>());
        services.AddSingleton<NoteBook>();
        services.AddScoped<ISearchDocumentSource, NoteDocuments>();
        services.AddSingleton<SearchSignal>();
        services.AddSingleton<ISearchSignal>(sp => sp.GetRequiredService<SearchSignal>());
        services.AddSingleton(new SearchCircuit(BreakFor));
        services.AddSingleton<SearchProjection>();
        services.AddSingleton<SearchRebuilder>();
        services.AddScoped<SearchQueue>();
        services.AddSingleton<RecordingJobs>();
        services.AddSingleton<IBackgroundJobClient>(sp => sp.GetRequiredService<RecordingJobs>());
        services.AddScoped<ISearchAdministration, SearchAdministration>();
        _services = services.BuildServiceProvider();
        await new DatabaseMigrator(Factory, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();
    }

    public async Task<Guid> NewTenantAsync()
    {
        await using var platform = Factory.CreatePlatformContext();
        var tenant = Tenant.Create("s" + Guid.NewGuid().ToString("N")[..10], "Search test", []);
        platform.Tenants.Add(tenant);
        await platform.SaveChangesAsync();
        return tenant.Id;
    }

    public virtual async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
