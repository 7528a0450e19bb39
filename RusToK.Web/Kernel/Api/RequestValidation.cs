using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace RusToK.Web.Kernel.Api;

/// <summary>Checks a request body's data annotations and answers with per-field messages (camelCase names, as in JSON).</summary>
public static class RequestValidation
{
    public static ValidationProblem? Validate(object request) =>
        Errors(request) is { } errors ? TypedResults.ValidationProblem(errors, detail: "One or more fields are invalid.") : null;

    /// <summary>The per-field messages of the request's data annotations, or null when it is valid.</summary>
    public static Dictionary<string, string[]>? Errors(object request)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true)) return null;
        return results
            .SelectMany(r => r.MemberNames.DefaultIfEmpty("body").Select(m => (Field: JsonName(m), r.ErrorMessage)))
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "Invalid value.").ToArray());
    }

    /// <summary>A C# member's name as JSON spells it (Title → title).</summary>
    public static string JsonName(string member) => member.Length == 0 ? member : char.ToLowerInvariant(member[0]) + member[1..];
}
