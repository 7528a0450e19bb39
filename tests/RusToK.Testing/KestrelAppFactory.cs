using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace RusToK.Testing;

/// <summary>
/// The host on a real Kestrel socket, for what the in-memory test server does not do: request size limits,
/// and a browser driving the site.
/// </summary>
public abstract class KestrelAppFactory : RusToKAppFactory
{
    protected KestrelAppFactory()
    {
        UseKestrel(0);
        StartServer();
        // CreateClient then talks to the real socket, so fixtures written for the in-memory server work here too.
        ClientOptions.BaseAddress = Address;
    }

    /// <summary>The base address, e.g. http://127.0.0.1:41234/ (127.0.0.1 is one of the demo tenant's hosts).</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("localhost", "127.0.0.1"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseUrls("http://127.0.0.1:0");
    }
}

/// <summary>Kestrel over SQLite.</summary>
public sealed class KestrelSqliteAppFactory : KestrelAppFactory
{
    protected override void ConfigureDatabase(IWebHostBuilder builder) => builder.UseSetting("Database:Provider", "Sqlite");
}

/// <summary>Kestrel over a fresh MariaDB database: what a deployment runs.</summary>
public sealed class KestrelMariaDbAppFactory : KestrelAppFactory
{
    private readonly TestMariaDb _database = new();

    protected override void ConfigureDatabase(IWebHostBuilder builder) => MariaDbAppFactory.UseMariaDb(builder, _database);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _database.Dispose();
    }
}
