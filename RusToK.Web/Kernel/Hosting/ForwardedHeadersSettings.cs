namespace RusToK.Web.Kernel.Hosting;

/// <summary>
/// The <c>ForwardedHeaders</c> section: behind a TLS-terminating proxy, trust its <c>X-Forwarded-Proto</c> and
/// <c>X-Forwarded-For</c> so the app knows the visitor came over HTTPS (Secure cookies, HSTS, origin checks).
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Off by default: without a proxy in front, anyone could claim to have come over HTTPS.</summary>
    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies to trust (e.g. <c>10.0.0.5</c>); loopback is always trusted.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of proxies to trust, in CIDR form (e.g. <c>10.0.0.0/8</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
