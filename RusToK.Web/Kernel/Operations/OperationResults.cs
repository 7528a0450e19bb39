using RusToK.Domain.Kernel.Results;

namespace RusToK.Web.Kernel.Operations;

/// <summary>Turns use-case outcomes into the typed outcome an operation answers with, failures passed on unchanged.</summary>
public static class OperationResults
{
    public static OperationResult<T> Ok<T>(T value) => OperationResult.Success(value);

    public static OperationResult<T> As<T>(this OperationResult failure) => new(default, failure.Failure, failure.Message, failure.Errors);

    /// <summary>An outcome without a value (REST 204/202, GraphQL <c>true</c>).</summary>
    public static OperationResult<bool> Done(this OperationResult result) => new(result.Succeeded, result.Failure, result.Message, result.Errors);

    public static OperationResult<TOut> Map<TIn, TOut>(this OperationResult<TIn> result, Func<TIn, TOut> map) =>
        result.Succeeded ? OperationResult.Success(map(result.Value!)) : result.As<TOut>();

    public static async Task<OperationResult<TOut>> MapAsync<TIn, TOut>(this OperationResult<TIn> result, Func<TIn, Task<TOut>> map) =>
        result.Succeeded ? OperationResult.Success(await map(result.Value!)) : result.As<TOut>();

    public static OperationResult<T> OrNotFound<T>(this T? value, string message)
        where T : class => value is null ? OperationResult.NotFound<T>(message) : OperationResult.Success(value);
}
