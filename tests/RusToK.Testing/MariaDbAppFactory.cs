using Microsoft.AspNetCore.Hosting;

namespace RusToK.Testing;

/// <summary>The host on a real MariaDB server, one fresh database per fixture.</summary>
public sealed class MariaDbAppFactory : RusToKAppFactory
{
    private readonly TestMariaDb _database = new();

    protected override void ConfigureDatabase(IWebHostBuilder builder) => UseMariaDb(builder, _database);

    public static void UseMariaDb(IWebHostBuilder builder, TestMariaDb database) => UseMariaDb(builder, database.ConnectionString);

    public static void UseMariaDb(IWebHostBuilder builder, string connectionString)
    {
        builder.UseSetting("Database:Provider", "MySql");
        builder.UseSetting("Database:ServerVersion", "10.11.0-mariadb");
        builder.UseSetting("Database:ConnectionString", connectionString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _database.Dispose();
    }
}
