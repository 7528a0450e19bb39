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
        // Parsed now, so a typo stops start-up with a sentence rather than trusting nobody (or everybody) later.
        var proxies = settings.KnownProxies.Select(p => IPAddress.TryParse(p, out var address) ? address
            : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies has '{p}', which is not an IP address; use e.g. '10.0.0.5'.")).ToList();
        var networks = settings.KnownNetworks.Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network
            : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks has '{n}', which is not a network in CIDR form; use e.g. '10.0.0.0/8'.")).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // The host is kept as the client sent it: tenants are found by host name and a proxy passes it through.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
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
