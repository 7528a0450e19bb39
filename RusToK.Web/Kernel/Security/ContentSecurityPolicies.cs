namespace RusToK.Web.Kernel.Security;

/// <summary>The Content-Security-Policy values the site sends: one strict policy, and one for the bundled API reference.</summary>
public static class ContentSecurityPolicies
{
    // Every page of ours loads its scripts from files (Blazor, MudBlazor, rustok.js); JSON-LD blocks are data, not
    // script, and need no allowance. MudBlazor sets inline styles. Images may come from anywhere over HTTPS because
    // writers link outside pictures; data: covers the blank favicon. 'self' in connect-src also admits ws:/wss: to
    // the same host, which the admin's circuit uses. frame-ancestors 'none' rather than 'self': every /t/{slug}
    // tenant shares one origin, so 'self' would let one tenant's page frame another's admin.
    private const string Common =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Storefront, admin, account pages, the Hangfire dashboard (its scripts are files), API answers, files.</summary>
    public const string Strict = Common + "; script-src 'self'";

    /// <summary>
    /// Scalar's API reference starts itself with an inline script (checked in Chromium: without this it stays blank);
    /// the page shows our OpenAPI document and nothing users author.
    /// </summary>
    public const string ApiReference = Common + "; script-src 'self' 'unsafe-inline'";

    /// <summary>The policy for a request path as it arrived (a <c>/t/{slug}</c> prefix included or not).</summary>
    public static string For(PathString path)
    {
        if (path.StartsWithSegments("/t", out var afterT) && afterT.Value is { } rest && rest.IndexOf('/', 1) is var slugEnd and > 0)
            path = new PathString(rest[slugEnd..]);
        return path.StartsWithSegments("/openapi-ui") ? ApiReference : Strict;
    }
}
