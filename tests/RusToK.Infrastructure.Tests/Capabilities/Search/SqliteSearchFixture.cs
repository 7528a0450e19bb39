using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Tests.Capabilities.Search;

public sealed class SqliteSearchFixture : SearchFixture
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"rustok-search-{Guid.NewGuid():N}.db");

    protected override DatabaseOptions Database() => new() { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={_file}" };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(file);
    }
}
