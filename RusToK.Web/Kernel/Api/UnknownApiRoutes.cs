using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Net.Http.Headers;
using RusToK.Web.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Api;

/// <summary>
/// Claims every request under <c>/api</c> and <c>/graphql</c> that no operation takes, so the storefront's catch-all
/// page does not answer a program with HTML. Because this endpoint always matches, routing no longer answers 405 and
/// 415 itself: this says which of 404, 405 or 415 it is (bodiless 404 and 405 become ProblemDetails on their way out).
/// </summary>
public static class UnknownApiRoutes
{
    public static void MapUnknownApiRoutes(this IEndpointRouteBuilder app)
    {
        var operations = new Lazy<IReadOnlyList<(TemplateMatcher Matcher, Endpoint Endpoint)>>(() => Operations(app));
        foreach (var prefix in new[] { "/api", "/graphql" })
        {
            app.Map(prefix + "/{**rest}", (HttpContext http) => Answer(http, operations.Value))
                .WithMetadata(new UnknownApiRoute()).ExcludeFromDescription().DisableAntiforgery();
        }
    }

    private static IResult Answer(HttpContext http, IReadOnlyList<(TemplateMatcher Matcher, Endpoint Endpoint)> operations)
    {
        var request = http.Request;
        var sameAddress = operations.Where(o => o.Matcher.TryMatch(request.Path, new RouteValueDictionary())).Select(o => o.Endpoint).ToList();
        var methods = sameAddress.SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Distinct().ToList();
        if (sameAddress.Count > 0 && !methods.Contains(request.Method, StringComparer.OrdinalIgnoreCase))
        {
            http.Response.Headers.Allow = string.Join(", ", methods);
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        }

        var accepted = sameAddress.Select(e => e.Metadata.GetMetadata<IAcceptsMetadata>()).OfType<IAcceptsMetadata>().Where(a => a.ContentTypes.Count > 0).ToList();
        if (accepted.Count == 0 || accepted.Any(a => Accepts(a, request.ContentType))) return Results.NotFound();
        var types = string.Join(" or ", accepted.SelectMany(a => a.ContentTypes).Distinct());
        return ApiProblems.UnsupportedMediaType($"This operation takes a body of type {types}: send it with that 'Content-Type' header.");
    }

    private static bool Accepts(IAcceptsMetadata accepts, string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var sent)
        && accepts.ContentTypes.Any(t => MediaTypeHeaderValue.TryParse(t, out var accepted) && sent.IsSubsetOf(accepted));

    private static List<(TemplateMatcher, Endpoint)> Operations(IEndpointRouteBuilder app) => app.DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<UnknownApiRoute>() is null && e.RoutePattern.RawText is { } raw && IsApiPattern(raw))
        .Select(e => (new TemplateMatcher(TemplateParser.Parse(e.RoutePattern.RawText!.TrimStart('/')), new RouteValueDictionary()), (Endpoint)e))
        .ToList();

    private static bool IsApiPattern(string pattern) => TenantResolutionMiddleware.IsApiPath(new PathString("/" + pattern.TrimStart('/')));

    /// <summary>Marks the catch-all endpoints, so they do not count themselves as an operation at the address.</summary>
    private sealed class UnknownApiRoute;
}
