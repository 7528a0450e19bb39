using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Kernel.Api;

/// <summary>
/// Refuses, with a 400 ValidationProblem, any REST request whose bound inputs (route and query text, JSON bodies,
/// <c>[AsParameters]</c> records) hold a control character. Put on the API group, so every module's operations get it.
/// </summary>
public static class ControlCharacterFilter
{
    public static TBuilder RefuseControlCharacters<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var services = factory.ApplicationServices.GetService<IServiceProviderIsService>();
            var inputs = factory.MethodInfo.GetParameters()
                .Select((parameter, index) => (Name: RequestValidation.JsonName(parameter.Name ?? ""), Index: index, Parameter: parameter))
                .Where(p => IsInput(p.Parameter, services))
                .ToArray();
            if (inputs.Length == 0) return next;
            return async context =>
            {
                var fields = inputs.SelectMany(p => FieldsIn(p.Parameter, context.Arguments[p.Index], p.Name))
                    .Select(f => f.Length == 0 ? "body" : f)
                    .Distinct()
                    .ToArray();
                return fields.Length == 0 ? await next(context) : Refusal(fields);
            };
        });

    // An [AsParameters] record's members are named as they bind: route and query values by name, its body's fields plainly.
    private static IEnumerable<string> FieldsIn(ParameterInfo parameter, object? value, string name) =>
        parameter.GetCustomAttribute<AsParametersAttribute>() is null || value is null
            ? ControlCharacters.FieldsIn(value, IsBody(parameter) ? "" : name)
            : InputParameter.Of(parameter.ParameterType).SelectMany(p => ControlCharacters.FieldsIn(p.Property?.GetValue(value), p.IsBody ? "" : p.Name));

    private static ValidationProblem Refusal(string[] fields) =>
        TypedResults.ValidationProblem(fields.ToDictionary(f => f, _ => new[] { ControlCharacters.Message }), detail: "One or more fields are invalid.");

    // Services (a use case, a DbContext) are injected, not sent: only what binds from the request is walked.
    private static bool IsInput(ParameterInfo parameter, IServiceProviderIsService? services) =>
        ControlCharacters.IsWalkable(parameter.ParameterType) && services?.IsService(parameter.ParameterType) != true;

    // A body's fields are named as in the JSON (title, not request.title); route and query values by their own name.
    private static bool IsBody(ParameterInfo parameter) => parameter.ParameterType != typeof(string)
        && parameter.GetCustomAttribute<AsParametersAttribute>() is null
        && !typeof(System.Collections.IEnumerable).IsAssignableFrom(parameter.ParameterType);
}
