using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RusToK.Testing;

/// <summary>
/// Starts the real host (all middleware, real database) in its own data folder. Subclasses choose SQLite or MariaDB.
/// The platform administrator is admin@rustok.local / <see cref="AdminPassword"/>; the demo tenant answers on localhost.
/// </summary>
public abstract class RusToKAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@rustok.local";
    public const string AdminPassword = "Admin123!";

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("rustok-test-").FullName;

    protected abstract void ConfigureDatabase(IWebHostBuilder builder);

    /// <summary>
    /// A second host on the same database and files, configured further (other limits, a broken service). The embedded
    /// search index admits one writer, so it keeps an index folder of its own.
    /// </summary>
    public WebApplicationFactory<Program> SecondHost(Action<IWebHostBuilder> configure) => WithWebHostBuilder(b =>
    {
        b.UseSetting("Search:IndexFolder", Directory.CreateTempSubdirectory("rustok-test-index-").FullName);
        configure(b);
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("RUSTOK_DATA_DIR", DataDirectory);
        builder.UseSetting("RUSTOK_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("Outbox:FirstRetryDelay", "00:00:00.200");
        // Every test signs in from 127.0.0.1, many times a minute; the limits have tests of their own.
        builder.UseSetting("RateLimits:PerAddressPerMinute", "100000");
        builder.UseSetting("RateLimits:PerAccountPerMinute", "100000");
        // With the test SMTP sink running (./test.sh starts it), e-mail travels through a real SMTP server.
        if (Environment.GetEnvironmentVariable("RUSTOK_TEST_SMTP_HOST") is { } smtpHost)
        {
            builder.UseSetting("Smtp:Host", smtpHost);
            builder.UseSetting("Smtp:Port", Environment.GetEnvironmentVariable("RUSTOK_TEST_SMTP_PORT") ?? "25");
        }

        ConfigureDatabase(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a finishing background thread; the temp folder is cleaned by the OS.
            }
        }
    }
}
