using GraphQL;
using GraphQL.Types;

namespace RusToK.Web.Kernel.Operations;

/// <summary>
/// An input record's GraphQL arguments and how to build the record from them: route and query values are arguments
/// by their own name, the body's fields are arguments beside them (<c>updateContent(id: …, title: …)</c>).
/// </summary>
internal static class GraphQLInput
{
    public static IEnumerable<InputParameter> Arguments(Type record) =>
        InputParameter.Of(record).SelectMany(p => p.IsBody ? InputParameter.Of(p.Type) : [p]);

    public static QueryArgument ToArgument(InputParameter parameter) =>
        new(GraphQLInputTypes.For(parameter.Type, parameter.IsRequired)) { Name = parameter.Name };

    /// <summary>The record, or the field errors of values GraphQL's types let through (an enum's unknown name).</summary>
    public static object Read(Type record, IResolveFieldContext context, IDictionary<string, string[]> errors)
    {
        var values = InputParameter.Of(record).Select(p => p.IsBody ? Read(p.Type, context, errors) : Value(p, context, errors)).ToArray();
        return InputParameter.ConstructorOf(record).Invoke(values);
    }

    private static object? Value(InputParameter parameter, IResolveFieldContext context, IDictionary<string, string[]> errors)
    {
        if (!context.HasArgument(parameter.Name)) return parameter.DefaultValue;
        var type = Nullable.GetUnderlyingType(parameter.Type) ?? parameter.Type;
        if (type.IsEnum) return EnumValue(parameter, type, context.GetArgument<string?>(parameter.Name), errors);
        // Lists arrive as List<T>, which every collection interface a record declares accepts.
        var read = GraphQLOutputTypes.ElementOf(type) is { } item && type != typeof(string) ? typeof(List<>).MakeGenericType(item) : parameter.Type;
        var value = context.GetArgument(read, parameter.Name);
        // An array (what a query string binds to in REST) is copied from the list.
        if (type.IsArray && value is System.Collections.IList list)
        {
            var array = Array.CreateInstance(type.GetElementType()!, list.Count);
            list.CopyTo(array, 0);
            return array;
        }

        return value ?? parameter.DefaultValue;
    }

    private static object? EnumValue(InputParameter parameter, Type type, string? text, IDictionary<string, string[]> errors)
    {
        if (text is null) return parameter.DefaultValue;
        if (Enum.TryParse(type, text, ignoreCase: true, out var value) && Enum.IsDefined(type, value!) && !char.IsDigit(text.TrimStart('-')[0])) return value;
        errors[parameter.Name] = [$"{parameter.Name} must be one of: {string.Join(", ", Enum.GetNames(type))}."];
        return parameter.DefaultValue;
    }
}
