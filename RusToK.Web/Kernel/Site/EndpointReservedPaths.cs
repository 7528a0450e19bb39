using Microsoft.AspNetCore.Routing.Patterns;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Web.Kernel.Site;

/// <summary>
/// The reserved first segments: the platform's own and the first literal segment of every route the app maps,
/// read from the endpoints themselves, so a module's new route is reserved without being listed anywhere.
/// </summary>
public sealed class EndpointReservedPaths(EndpointDataSource endpoints) : IReservedPaths
{
    // The one first segment no endpoint claims: the tenant prefix, which middleware takes off before routing.
    // Everything else (admin, api, account, media, graphql, health, a module's own) is read from the endpoints.
    private static readonly string[] Platform = ["t"];

    // Read on each call, not cached: seeding saves pages before the app has mapped its endpoints, and saving a
    // top-level page is rare enough that walking a few hundred endpoints costs nothing.
    public bool IsReserved(string segment)
    {
        segment = segment.Trim('/');
        return Platform.Contains(segment, StringComparer.OrdinalIgnoreCase) || endpoints.Endpoints.OfType<RouteEndpoint>()
            .Any(e => e.RoutePattern.PathSegments.FirstOrDefault()?.Parts is [RoutePatternLiteralPart literal] && string.Equals(literal.Content, segment, StringComparison.OrdinalIgnoreCase));
    }
}
