namespace RusToK.Domain.Kernel.Results;

/// <summary>An outcome that carries a value on success.</summary>
public sealed record OperationResult<T>(T? Value, FailureKind? Failure, string? Message, IReadOnlyDictionary<string, string[]> Errors)
    : OperationResult(Failure, Message, Errors);
