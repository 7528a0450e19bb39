using GraphQL.Types;

namespace RusToK.Web.Kernel.Operations;

/// <summary>The GraphQL type of an operation's output: scalars by their CLR type, a page as the list of its items, records auto-registered.</summary>
internal static class GraphQLOutputTypes
{
    public static Type For(Type clr, bool nullable)
    {
        var named = GraphQLScalars.For(clr)
            ?? ((PageItem(clr) ?? ElementOf(clr)) is { } item ? typeof(ListGraphType<>).MakeGenericType(For(item, nullable: false)) : null)
            ?? typeof(AutoRegisteringObjectGraphType<>).MakeGenericType(clr);
        return nullable ? named : typeof(NonNullGraphType<>).MakeGenericType(named);
    }

    public static bool IsList(Type clr) => PageItem(clr) is not null || ElementOf(clr) is not null;

    /// <summary>What the resolver returns for the value: the items of a page, the value otherwise.</summary>
    public static object? Project(object? value) => value is IPageOfItems page ? page.Items : value;

    private static Type? PageItem(Type clr) => typeof(IPageOfItems).IsAssignableFrom(clr) ? clr.GetGenericArguments().Single() : null;

    public static Type? ElementOf(Type clr) => clr == typeof(string) ? null
        : clr.IsArray ? clr.GetElementType()
        : clr.GetInterfaces().Append(clr).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
