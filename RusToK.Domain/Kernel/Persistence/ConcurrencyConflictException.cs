namespace RusToK.Domain.Kernel.Persistence;

/// <summary>Someone else saved the same aggregate first; the caller should reload and retry.</summary>
public sealed class ConcurrencyConflictException(string message, Exception inner) : Exception(message, inner);
