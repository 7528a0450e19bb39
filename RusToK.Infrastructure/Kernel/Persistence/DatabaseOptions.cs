namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (embedded default) or <c>MySql</c> (MySQL 8 / MariaDB).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for MySql; for Sqlite defaults to a file in the data folder.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Server version for Pomelo, e.g. <c>10.11.0-mariadb</c> or <c>8.0.36-mysql</c>.</summary>
    public string ServerVersion { get; set; } = "10.11.0-mariadb";

    /// <summary>Apply pending migrations at start. Deployers who migrate separately set this to false.</summary>
    public bool ApplyMigrationsAtStartup { get; set; } = true;
}
