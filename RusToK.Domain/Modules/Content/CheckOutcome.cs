namespace RusToK.Domain.Modules.Content;

public enum CheckOutcome
{
    Good,
    Improve,
    Problem,
}
