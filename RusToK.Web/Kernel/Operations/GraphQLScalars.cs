using GraphQL.Types;

namespace RusToK.Web.Kernel.Operations;

/// <summary>
/// The scalar GraphQL types of CLR values. Guids are IDs; enums are strings, parsed (case-insensitively) and refused
/// with VALIDATION by the operation, so a wrong value reads like any other invalid field.
/// </summary>
internal static class GraphQLScalars
{
    public static Type? For(Type clr) => (Nullable.GetUnderlyingType(clr) ?? clr) switch
    {
        var t when t == typeof(string) || t.IsEnum => typeof(StringGraphType),
        var t when t == typeof(Guid) => typeof(IdGraphType),
        var t when t == typeof(int) => typeof(IntGraphType),
        var t when t == typeof(long) => typeof(LongGraphType),
        var t when t == typeof(bool) => typeof(BooleanGraphType),
        var t when t == typeof(DateTime) => typeof(DateTimeGraphType),
        _ => null,
    };
}
