using GraphQL.Types;

namespace RusToK.Web.Kernel.Operations;

/// <summary>A record as a GraphQL input object, named <c>…Input</c> so it never clashes with the output type of the same record.</summary>
public sealed class InputObjectOf<T> : AutoRegisteringInputObjectGraphType<T>
{
    public InputObjectOf() => Name = typeof(T).Name + "Input";
}
