using GraphQL.Types;

namespace RusToK.Web.Kernel.Operations;

/// <summary>One API operation, declared once and mapped onto both REST (<c>/api/v1</c>) and GraphQL (a Query or Mutation field).</summary>
public interface IApiOperation
{
    /// <summary>The GraphQL field's name (camelCase), also the REST endpoint's name in OpenAPI.</summary>
    string Name { get; }

    OperationKind Kind { get; }

    string HttpMethod { get; }

    /// <summary>The REST route under <c>/api/v1</c>, e.g. <c>/content/{id:guid}</c>.</summary>
    string Route { get; }

    /// <summary>Null for a public operation, <see cref="OperationPermission.SignedIn"/> for any signed-in caller, else the permission needed.</summary>
    string? Permission { get; }

    /// <summary>The input record: its constructor parameters are the REST route, query and body values and the GraphQL arguments.</summary>
    Type InputType { get; }

    /// <summary>Maps the REST endpoint; the builder carries the module gate when the operation belongs to a module.</summary>
    RouteHandlerBuilder MapRest(IEndpointRouteBuilder api);

    /// <summary>The GraphQL field, refused with MODULE_DISABLED while <paramref name="module"/> (when given) is off for the tenant.</summary>
    FieldType ToGraphQLField(string? module);
}
