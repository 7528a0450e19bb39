using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Testing;

namespace RusToK.Infrastructure.Tests.Capabilities.Search;

public sealed class MariaDbSearchFixture : SearchFixture
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
