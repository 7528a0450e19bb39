using Microsoft.AspNetCore.Hosting;
using RusToK.Testing;

namespace RusToK.Web.Tests.Api;

/// <summary>A deployer's mistake stops start-up with a sentence that names the fix.</summary>
public sealed class ConfigurationValidationTests
{
    private sealed class MySqlWithoutConnectionString : RusToKAppFactory
    {
        protected override void ConfigureDatabase(IWebHostBuilder builder) => builder.UseSetting("Database:Provider", "MySql");
    }

    private sealed class UnknownModule : RusToKAppFactory
    {
        protected override void ConfigureDatabase(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Modules:0", "teleport");
        }
    }

    private sealed class ProxyNetworkTypo : RusToKAppFactory
    {
        protected override void ConfigureDatabase(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ForwardedHeaders:Enabled", "true");
            builder.UseSetting("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/40");
        }
    }

    [Fact]
    public void A_proxy_network_that_is_not_CIDR_names_the_setting_and_an_example()
    {
        using var app = new ProxyNetworkTypo();
        var error = Should.Throw<Exception>(() => app.CreateClient());
        error.ToString().ShouldContain("ForwardedHeaders:KnownNetworks has '10.0.0.0/40', which is not a network in CIDR form");
    }

    [Fact]
    public void Mysql_chosen_without_a_connection_string_names_the_missing_setting()
    {
        using var app = new MySqlWithoutConnectionString();
        var error = Should.Throw<Exception>(() => app.CreateClient());
        error.ToString().ShouldContain("Database:Provider is MySql but Database:ConnectionString is empty");
    }

    [Fact]
    public void Unknown_module_in_configuration_lists_the_modules_this_build_has()
    {
        using var app = new UnknownModule();
        var error = Should.Throw<Exception>(() => app.CreateClient());
        error.ToString().ShouldContain("Modules section names teleport");
        error.ToString().ShouldContain("Known: announcements");
    }
}
