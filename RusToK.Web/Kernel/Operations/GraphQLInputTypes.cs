using GraphQL.Types;

namespace RusToK.Web.Kernel.Operations;

/// <summary>The GraphQL type of an argument: a scalar, a list, or an input object for a record (a block, a menu link).</summary>
internal static class GraphQLInputTypes
{
    public static Type For(Type clr, bool required)
    {
        var named = GraphQLScalars.For(clr)
            ?? (GraphQLOutputTypes.ElementOf(clr) is { } item ? typeof(ListGraphType<>).MakeGenericType(For(item, required: true)) : null)
            ?? typeof(InputObjectOf<>).MakeGenericType(clr);
        return required ? typeof(NonNullGraphType<>).MakeGenericType(named) : named;
    }

    /// <summary>Records used as input objects, nested ones included, so the schema maps each to its <see cref="InputObjectOf{T}"/>.</summary>
    public static void AddRecordsIn(Type clr, ISet<Type> records)
    {
        var type = GraphQLOutputTypes.ElementOf(clr) ?? Nullable.GetUnderlyingType(clr) ?? clr;
        if (type != clr)
        {
            AddRecordsIn(type, records);
            return;
        }

        if (GraphQLScalars.For(type) is not null || !records.Add(type)) return;
        foreach (var property in type.GetProperties()) AddRecordsIn(property.PropertyType, records);
    }
}
