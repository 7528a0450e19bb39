namespace RusToK.Domain.Kernel.Results;

public enum FailureKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
}
