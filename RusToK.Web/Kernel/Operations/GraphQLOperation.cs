using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using RusToK.Domain.Kernel.Results;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.GraphQL;

namespace RusToK.Web.Kernel.Operations;

/// <summary>
/// Makes a declared operation a Query or Mutation field: the module gate and the permission checked first, the input
/// record built from the arguments, then the same validation and handler as REST, failures as coded errors.
/// </summary>
internal static class GraphQLOperation
{
    public static FieldType Field<TInput, TOutput>(ApiOperation<TInput, TOutput> operation, string? module)
        where TInput : notnull => new()
        {
            Name = operation.Name,
            Description = $"{operation.Summary} ({Who(operation.Permission)}).",
            Type = GraphQLOutputTypes.For(typeof(TOutput), nullable: operation.NullWhenNotFound),
            Arguments = new QueryArguments(GraphQLInput.Arguments(typeof(TInput)).Select(GraphQLInput.ToArgument)),
            Resolver = new FuncFieldResolver<object?>(context => ResolveAsync(operation, module, context)),
        };

    private static string Who(string? permission) => permission switch
    {
        null => "public",
        OperationPermission.SignedIn => "signed in",
        _ => $"needs {permission}",
    };

    private static async ValueTask<object?> ResolveAsync<TInput, TOutput>(ApiOperation<TInput, TOutput> operation, string? module, IResolveFieldContext context)
        where TInput : notnull
    {
        if (module is not null) context.RequireModule(module);
        if (operation.Permission == OperationPermission.SignedIn) context.RequireSignedIn();
        else if (operation.Permission is { } permission) await context.RequirePermissionAsync(permission);

        var errors = new Dictionary<string, string[]>();
        var input = (TInput)GraphQLInput.Read(typeof(TInput), context, errors);
        var result = errors.Count > 0 ? OperationResult.Invalid<TOutput>(errors)
            : await operation.RunAsync(input, new OperationContext(context.RequestServices!, context.User ?? new(), context.CancellationToken));
        if (result.Failure == FailureKind.NotFound && operation.NullWhenNotFound) return null;
        if (!result.Succeeded) throw GraphQLErrors.From(context.RequestServices!.Translate(result));
        return GraphQLOutputTypes.Project(result.Value);
    }
}
