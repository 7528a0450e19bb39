using GraphQL.Types;

namespace RusToK.Web.Kernel.Operations;

/// <summary>
/// A record as a GraphQL input object, named <c>…Input</c> so it never clashes with the output type of the same
/// record. A field whose constructor parameter has a default may be left out, as in the REST body.
/// </summary>
public sealed class InputObjectOf<T> : AutoRegisteringInputObjectGraphType<T>
{
    public InputObjectOf()
    {
        Name = typeof(T).Name.EndsWith("Input", StringComparison.Ordinal) ? typeof(T).Name : typeof(T).Name + "Input";
        var defaults = InputParameter.Of(typeof(T)).Where(p => p.Parameter.HasDefaultValue).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var field in Fields)
        {
            if (!defaults.TryGetValue(field.Name, out var parameter)) continue;
            if (field.Type is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>)) field.Type = type.GetGenericArguments()[0];
            field.DefaultValue = parameter.DefaultValue;
        }
    }
}
