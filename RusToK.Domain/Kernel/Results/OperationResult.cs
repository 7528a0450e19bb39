namespace RusToK.Domain.Kernel.Results;

/// <summary>The outcome of a use case: success, or a failure the caller turns into ProblemDetails, a GraphQL error or form messages.</summary>
public record OperationResult(FailureKind? Failure, string? Message, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public bool Succeeded => Failure is null;

    public static OperationResult Success() => new(null, null, NoErrors);

    public static OperationResult<T> Success<T>(T value) => new(value, null, null, NoErrors);

    public static OperationResult NotFound(string message) => new(FailureKind.NotFound, message, NoErrors);

    public static OperationResult<T> NotFound<T>(string message) => new(default, FailureKind.NotFound, message, NoErrors);

    public static OperationResult Conflict(string message) => new(FailureKind.Conflict, message, NoErrors);

    public static OperationResult<T> Conflict<T>(string message) => new(default, FailureKind.Conflict, message, NoErrors);

    public static OperationResult Forbidden(string message) => new(FailureKind.Forbidden, message, NoErrors);

    public static OperationResult<T> Unavailable<T>(string message) => new(default, FailureKind.Unavailable, message, NoErrors);

    public static OperationResult Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static OperationResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(FailureKind.Validation, "One or more fields are invalid.", errors);

    public static OperationResult<T> Invalid<T>(string field, string message) => Invalid<T>(new Dictionary<string, string[]> { [field] = [message] });

    public static OperationResult<T> Invalid<T>(IReadOnlyDictionary<string, string[]> errors) =>
        new(default, FailureKind.Validation, "One or more fields are invalid.", errors);
}
