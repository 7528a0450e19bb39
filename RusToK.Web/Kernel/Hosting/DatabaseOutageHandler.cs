using Microsoft.AspNetCore.Diagnostics;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Web.Kernel.Hosting;

/// <summary>
/// A database that does not answer is a fault to wait out, not a crash: 503 with Retry-After, as ProblemDetails or a
/// plain page written without the layout (which would need the database itself). Nothing was written: the unit of
/// work that failed never committed.
/// </summary>
public sealed class DatabaseOutageHandler(ILogger<DatabaseOutageHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseOutage.IsOutage(exception) || httpContext.Response.HasStarted) return false;
        logger.LogWarning("The database did not answer {Method} {Path}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
        // The exception handler pointed the request at the error page; the visitor should see the address they asked for.
        if (httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } path) httpContext.Request.Path = path;
        RetryAfter.Set(httpContext.Response, DatabaseOutage.RetryAfter);
        await PlainStatusPage.WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable,
            "The site is briefly unavailable", "Our database is not answering. Nothing you saved is lost; try again in a few seconds.");
        return true;
    }
}
