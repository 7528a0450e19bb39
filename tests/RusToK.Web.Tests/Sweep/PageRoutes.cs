using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace RusToK.Web.Tests.Sweep;

/// <summary>
/// Every route the app maps outside the API (storefront and admin pages, feeds, sitemap, media files, account forms),
/// read from the endpoint data source: each route value and each query parameter a page reads gets each malformed value.
/// </summary>
public static class PageRoutes
{
    // Described by the OpenAPI document or GraphQL's introspection, or the framework's own plumbing.
    private static readonly string[] Elsewhere = ["/api", "/graphql", "/openapi", "/_blazor", "/_framework", "/_content"];

    public static IReadOnlyList<RouteEndpoint> Endpoints(EndpointDataSource source) => source.Endpoints.OfType<RouteEndpoint>()
        .Where(e => !Elsewhere.Any(p => ("/" + e.RoutePattern.RawText?.TrimStart('/')).StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        .Where(e => e.Metadata.All(m => m.GetType().Name != "StaticAssetDescriptor"))
        .ToList();

    public static IEnumerable<SweepRequest> Requests(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
        var pattern = endpoint.RoutePattern;
        var well = Path(pattern, null, null);
        foreach (var method in methods.Where(m => m is "GET" or "POST"))
        {
            var body = method == "POST" ? () => new FormUrlEncodedContent([new("title", "a\u0000b"), new("page", "abc")]) : (Func<HttpContent?>)(() => null);
            if (method == "POST") yield return new SweepRequest(method, well, "form without antiforgery", body);
            if (method == "POST") yield return new SweepRequest(method, well, "json where a form is expected", () => MalformedValues.Json("{}"));
            foreach (var parameter in pattern.Parameters)
            {
                foreach (var (label, value) in MalformedValues.InPath) yield return new SweepRequest(method, Path(pattern, parameter.Name, value), $"route {parameter.Name}={label}", body);
            }

            if (method != "GET") continue;
            foreach (var name in QueryParameters(endpoint))
            {
                foreach (var (label, value) in MalformedValues.Text) yield return SweepRequest.Get($"{well}?{name}={Uri.EscapeDataString(value)}", $"query {name}={label}");
            }
        }
    }

    /// <summary>A HEAD for each address a GET is answered at, with well-formed values.</summary>
    public static string? HeadPath(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { } methods && !methods.Contains("GET") ? null : Path(endpoint.RoutePattern, null, null);

    // The query parameters a page component reads ([SupplyParameterFromQuery], on it or a base class, public or not).
    private static IEnumerable<string> QueryParameters(RouteEndpoint endpoint)
    {
        for (var type = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type; type is not null; type = type.BaseType)
        {
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (property.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } query) yield return query.Name ?? property.Name;
            }
        }
    }

    private static string Path(RoutePattern pattern, string? malformed, string? value)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter when parameter.Name == malformed => Uri.EscapeDataString(value!),
            RoutePatternParameterPart parameter => WellFormed(parameter),
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        })));
        return "/" + string.Join('/', segments);
    }

    private static string WellFormed(RoutePatternParameterPart parameter)
    {
        var constraints = string.Join(' ', parameter.ParameterPolicies.Select(p => p.Content));
        return constraints.Contains("guid") ? Guid.NewGuid().ToString() : constraints.Contains("int") ? "2026" : parameter.IsCatchAll ? "sweep/deeper" : "sweep";
    }
}
