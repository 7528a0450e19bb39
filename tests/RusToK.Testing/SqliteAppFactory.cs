using Microsoft.AspNetCore.Hosting;

namespace RusToK.Testing;

/// <summary>The embedded default: a SQLite file in the test's data folder.</summary>
public sealed class SqliteAppFactory : RusToKAppFactory
{
    protected override void ConfigureDatabase(IWebHostBuilder builder) => builder.UseSetting("Database:Provider", "Sqlite");
}
