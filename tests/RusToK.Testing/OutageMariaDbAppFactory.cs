using System.Net;
using Microsoft.AspNetCore.Hosting;
using MySqlConnector;

namespace RusToK.Testing;

/// <summary>The host on MariaDB reached through a <see cref="TcpOutageProxy"/>, so a test can take the database away.</summary>
public sealed class OutageMariaDbAppFactory : RusToKAppFactory
{
    private readonly TestMariaDb _database = new();

    public TcpOutageProxy Database { get; }

    public OutageMariaDbAppFactory()
    {
        var server = new MySqlConnectionStringBuilder(TestMariaDb.ServerConnectionString);
        Database = new TcpOutageProxy(new IPEndPoint(IPAddress.Parse(server.Server), (int)server.Port));
    }

    protected override void ConfigureDatabase(IWebHostBuilder builder)
    {
        var through = new MySqlConnectionStringBuilder(_database.ConnectionString) { Port = (uint)Database.Port };
        MariaDbAppFactory.UseMariaDb(builder, through.ConnectionString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Database.Dispose();
        _database.Dispose();
    }
}
