using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace RusToK.Web.Kernel.Hosting;

/// <summary>Configures ASP.NET Core's forwarded-headers middleware from <see cref="ForwardedHeadersSettings"/>.</summary>
public static class ForwardedHeadersRegistration
{
    public static IServiceCollection AddRusToKForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        services.AddSingleton(settings);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // The host is kept as the client sent it: tenants are found by host name and a proxy passes it through.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in settings.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in settings.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }

    /// <summary>First in the pipeline, so everything after it sees the visitor's scheme and address.</summary>
    public static IApplicationBuilder UseRusToKForwardedHeaders(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<ForwardedHeadersSettings>();
        return settings.Enabled ? app.UseForwardedHeaders() : app;
    }
}
