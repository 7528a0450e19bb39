using MySqlConnector;

namespace RusToK.Testing;

/// <summary>One fresh database on the test MariaDB server (started by <c>scripts/test-services.sh</c>), dropped at the end.</summary>
public sealed class TestMariaDb : IDisposable
{
    public string DatabaseName { get; } = "rustok_test_" + Guid.NewGuid().ToString("N")[..12];

    public static string ServerConnectionString => Environment.GetEnvironmentVariable("RUSTOK_TEST_MYSQL")
        ?? throw new InvalidOperationException("RUSTOK_TEST_MYSQL is not set. Run ./test.sh, which starts MariaDB and sets it.");

    public string ConnectionString => $"{ServerConnectionString.TrimEnd(';')};Database={DatabaseName}";

    public void Dispose()
    {
        using var connection = new MySqlConnection(ServerConnectionString);
        connection.Open();
        using var drop = new MySqlCommand($"DROP DATABASE IF EXISTS `{DatabaseName}`", connection);
        drop.ExecuteNonQuery();
    }
}
