namespace RusToK.Domain.Kernel.Results;

public enum FailureKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,

    /// <summary>A service the use case needs is down for a moment (the search engine): try again shortly.</summary>
    Unavailable,
}
