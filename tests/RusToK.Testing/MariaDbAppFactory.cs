using Microsoft.AspNetCore.Hosting;
using MySqlConnector;

namespace RusToK.Testing;

/// <summary>
/// A real MariaDB server (started by <c>scripts/test-services.sh</c>), one fresh database per fixture,
/// dropped afterwards.
/// </summary>
public sealed class MariaDbAppFactory : RusToKAppFactory
{
    public string DatabaseName { get; } = "rustok_test_" + Guid.NewGuid().ToString("N")[..12];

    public static string ServerConnectionString => Environment.GetEnvironmentVariable("RUSTOK_TEST_MYSQL")
        ?? throw new InvalidOperationException("RUSTOK_TEST_MYSQL is not set. Run ./test.sh, which starts MariaDB and sets it.");

    protected override void ConfigureDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "MySql");
        builder.UseSetting("Database:ServerVersion", "10.11.0-mariadb");
        builder.UseSetting("Database:ConnectionString", $"{ServerConnectionString.TrimEnd(';')};Database={DatabaseName}");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        using var connection = new MySqlConnection(ServerConnectionString);
        connection.Open();
        using var drop = new MySqlCommand($"DROP DATABASE IF EXISTS `{DatabaseName}`", connection);
        drop.ExecuteNonQuery();
    }
}
