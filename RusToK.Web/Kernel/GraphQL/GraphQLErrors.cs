using GraphQL;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.GraphQL;

/// <summary>
/// Coded GraphQL errors (<c>extensions.code</c>): UNAUTHENTICATED, FORBIDDEN, MODULE_DISABLED, VALIDATION,
/// NOT_FOUND, CONFLICT. Declared operations use the same permission check as pages and REST.
/// </summary>
public static class GraphQLErrors
{
    public const string Validation = "VALIDATION";

    public static void RequireSignedIn(this IResolveFieldContext context)
    {
        if (context.User?.Identity?.IsAuthenticated != true) throw Coded("UNAUTHENTICATED", "Sign in or send a bearer token.");
    }

    public static async Task RequirePermissionAsync(this IResolveFieldContext context, string permission)
    {
        context.RequireSignedIn();
        var user = context.User!;
        var checker = context.RequestServices!.GetRequiredService<IPermissionChecker>();
        if (!await checker.HasAsync(user, permission, context.CancellationToken))
        {
            throw Coded("FORBIDDEN", $"You need the '{permission}' permission in this tenant.");
        }
    }

    public static void RequireModule(this IResolveFieldContext context, string module)
    {
        var tenant = context.RequestServices!.GetRequiredService<ITenantContext>().Current;
        var catalog = context.RequestServices!.GetRequiredService<ModuleCatalog>();
        if (catalog.IsOn(module, tenant)) return;
        throw Coded("MODULE_DISABLED", catalog.NotEnabledMessage(module));
    }

    public static ExecutionError From(OperationResult result)
    {
        var error = Coded(result.Failure switch
        {
            FailureKind.Validation => Validation,
            FailureKind.NotFound => "NOT_FOUND",
            FailureKind.Conflict => "CONFLICT",
            FailureKind.Forbidden => "FORBIDDEN",
            FailureKind.Unavailable => "UNAVAILABLE",
            _ => "ERROR",
        }, result.Failure == FailureKind.Validation ? string.Join(" ", result.Errors.Values.SelectMany(v => v)) : result.Message ?? "Failed.");
        if (result.Errors.Count > 0)
        {
            error.Extensions ??= new Dictionary<string, object?>();
            error.Extensions["fields"] = result.Errors;
        }

        return error;
    }

    public static ExecutionError Coded(string code, string message) => new(message) { Code = code };

    /// <summary>
    /// A resolver's argument that passed the schema's type (an ID is any string or number) but not the resolver's
    /// reading of it (<c>GetArgument&lt;Guid&gt;</c> of "abc" or 42): the caller's mistake (VALIDATION), not a failure to log.
    /// </summary>
    public static ExecutionError? FromMalformedArgument(Exception exception, string? field)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (new System.Diagnostics.StackTrace(e).GetFrames().Any(f => f.GetMethod()?.DeclaringType == typeof(ResolveFieldContextExtensions)))
            {
                return Coded(Validation, $"An argument of '{field}' is not of the expected form (ids are GUIDs, numbers fit in 32 bits).");
            }
        }

        return null;
    }
}
