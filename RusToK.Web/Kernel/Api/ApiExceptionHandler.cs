using Microsoft.AspNetCore.Diagnostics;

namespace RusToK.Web.Kernel.Api;

/// <summary>
/// An unexpected failure behind the REST or GraphQL endpoints answers as ProblemDetails (500, with the trace id to
/// quote), so a program gets JSON it can read instead of the storefront's HTML error page.
/// The exception handler middleware has already logged the failure with its stack trace.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    // By now the middleware has pointed the request at the error page; the feature keeps the address that failed.
    private static bool IsApiRequest(HttpContext context)
    {
        var path = new PathString(context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path);
        return path.StartsWithSegments("/api") || path.StartsWithSegments("/graphql");
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsApiRequest(httpContext)) return false;
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side.",
                Detail = "The request could not be completed. Try again; if it keeps failing, quote the trace id to the site's administrator.",
            },
        });
    }
}
