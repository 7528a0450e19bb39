using Microsoft.AspNetCore.Http.HttpResults;
using RusToK.Domain.Kernel.Results;

namespace RusToK.Web.Kernel.Api;

/// <summary>Turns use-case outcomes into RFC 7807 ProblemDetails, one mapping for every endpoint.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Unauthorized(string detail) => Problem(StatusCodes.Status401Unauthorized, "Unauthorized", detail);

    public static ProblemHttpResult Unavailable(string detail) => Problem(StatusCodes.Status503ServiceUnavailable, "Tenant unavailable", detail);

    public static ProblemHttpResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail);

    public static ProblemHttpResult TooManyRequests(int retryAfterSeconds) =>
        Problem(StatusCodes.Status429TooManyRequests, "Too many requests", $"Too many attempts from here. Wait {retryAfterSeconds} seconds (Retry-After), then try again.");

    public static ProblemHttpResult TooLarge(string detail) => Problem(StatusCodes.Status413PayloadTooLarge, "File too large", detail);

    public static ProblemHttpResult UnsupportedMediaType(string detail) => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    public static IResult From(OperationResult result, Func<IResult> onSuccess) => result.Succeeded ? onSuccess() : Failure(result);

    public static IResult Failure(OperationResult result) => result.Failure switch
    {
        FailureKind.Validation => TypedResults.ValidationProblem(result.Errors, detail: result.Message),
        FailureKind.NotFound => Problem(StatusCodes.Status404NotFound, "Not found", result.Message),
        FailureKind.Conflict => Problem(StatusCodes.Status409Conflict, "Conflict", result.Message),
        FailureKind.Forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden", result.Message),
        FailureKind.Unavailable => Problem(StatusCodes.Status503ServiceUnavailable, "Service Unavailable", result.Message),
        _ => Problem(StatusCodes.Status500InternalServerError, "Unexpected outcome", result.Message),
    };

    private static ProblemHttpResult Problem(int status, string title, string? detail) => TypedResults.Problem(detail, statusCode: status, title: title);
}
