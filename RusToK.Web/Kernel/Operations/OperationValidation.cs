using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Kernel.Operations;

/// <summary>
/// The one validation path of every operation, REST and GraphQL alike: the data annotations of the input record and
/// of its body, with fields named as in JSON and in the GraphQL arguments (<c>title</c>, <c>items[0].url</c>).
/// </summary>
internal static class OperationValidation
{
    public static IReadOnlyDictionary<string, string[]>? Errors(object input)
    {
        var errors = new Dictionary<string, string[]>(RequestValidation.Errors(input) ?? []);
        foreach (var body in InputParameter.Of(input.GetType()).Where(p => p.IsBody))
        {
            if (body.Property?.GetValue(input) is not { } value) continue;
            foreach (var (field, messages) in RequestValidation.Errors(value) ?? []) errors[field] = messages;
        }

        return errors.Count == 0 ? null : errors;
    }
}
