using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Kernel.Operations;

/// <summary>
/// One constructor parameter of an operation's input record (or of its body): REST binds it through
/// <c>[AsParameters]</c>, GraphQL makes it an argument of the same name, camelCase.
/// </summary>
internal sealed record InputParameter(ParameterInfo Parameter, PropertyInfo? Property)
{
    private static readonly NullabilityInfoContext Nullability = new();

    public string Name { get; } = RequestValidation.JsonName(Parameter.Name!);

    public Type Type => Parameter.ParameterType;

    /// <summary>The JSON body: in GraphQL its fields are arguments beside the route and query values.</summary>
    public bool IsBody => Parameter.GetCustomAttribute<FromBodyAttribute>() is not null;

    // [Required] on the property (records put it there with [property: Required]), or no default and no null allowed.
    public bool IsRequired => Property?.GetCustomAttribute<RequiredAttribute>() is not null
        || !Parameter.HasDefaultValue && (Type.IsValueType ? Nullable.GetUnderlyingType(Type) is null : Nullability.Create(Parameter).WriteState == NullabilityState.NotNull);

    public object? DefaultValue
    {
        get
        {
            if (!Parameter.HasDefaultValue || Parameter.DefaultValue is null) return null;
            var type = Nullable.GetUnderlyingType(Type) ?? Type;
            return type.IsEnum ? Enum.ToObject(type, Parameter.DefaultValue) : Parameter.DefaultValue;
        }
    }

    public static ConstructorInfo ConstructorOf(Type record) => record.GetConstructors().MaxBy(c => c.GetParameters().Length)
        ?? throw new InvalidOperationException($"{record.Name} needs a public constructor to be an operation's input.");

    public static IReadOnlyList<InputParameter> Of(Type record) =>
        ConstructorOf(record).GetParameters().Select(p => new InputParameter(p, record.GetProperty(p.Name!))).ToList();
}
