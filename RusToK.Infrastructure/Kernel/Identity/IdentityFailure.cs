using Microsoft.AspNetCore.Identity;
using RusToK.Domain.Kernel.Results;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>Maps Identity's error codes onto form fields so messages appear next to the right input.</summary>
public static class IdentityFailure
{
    public static OperationResult ToResult(IdentityResult result) => OperationResult.Invalid(Errors(result));

    public static OperationResult<T> ToResult<T>(IdentityResult result) => OperationResult.Invalid<T>(Errors(result));

    private static Dictionary<string, string[]> Errors(IdentityResult result) => result.Errors
        .GroupBy(e => FieldOf(e.Code))
        .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "password",
        _ when code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) => "email",
        _ when code.Contains("Role", StringComparison.Ordinal) => "roles",
        _ => "form",
    };
}
