using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using RusToK.Web.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Api;

/// <summary>
/// Error answers without a body (an unknown route, a body that is not JSON, a parameter that does not bind) become
/// ProblemDetails JSON under <c>/api</c> and <c>/graphql</c> whatever the client accepts; other paths keep the default.
/// </summary>
public static class ApiStatusCodePages
{
    private static readonly Func<StatusCodeContext, Task> DefaultHandler = new StatusCodePagesOptions().HandleAsync;

    public static IApplicationBuilder UseApiStatusCodePages(this IApplicationBuilder app) => app.UseStatusCodePages(WriteAsync);

    private static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (!TenantResolutionMiddleware.IsApiPath(http.Request.Path)) return DefaultHandler(context);
        var status = http.Response.StatusCode;
        return TypedResults.Problem(Detail(http.Request, status), statusCode: status, title: ReasonPhrases.GetReasonPhrase(status)).ExecuteAsync(http);
    }

    private static string? Detail(HttpRequest request, int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request could not be read: check that numbers and ids in the address are valid and that the body is well-formed JSON of the documented shape.",
        StatusCodes.Status401Unauthorized => "Sign in or send a bearer token ('Authorization: Bearer ...', from POST /api/v1/auth/token).",
        StatusCodes.Status403Forbidden => "Your account does not have the permission this operation needs in this tenant.",
        StatusCodes.Status404NotFound => $"No API operation answers {request.Method} {request.PathBase}{request.Path}. The REST operations are listed at /openapi/v1.json; GraphQL takes POST /graphql.",
        StatusCodes.Status405MethodNotAllowed => $"This address does not take {request.Method}. The REST operations are listed at /openapi/v1.json.",
        StatusCodes.Status413PayloadTooLarge => "The body is larger than the server accepts (1 MB for JSON).",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON with the header 'Content-Type: application/json'.",
        _ => null,
    };
}
