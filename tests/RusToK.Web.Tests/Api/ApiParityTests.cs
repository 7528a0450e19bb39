using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Testing;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Tests.Api;

/// <summary>
/// Every REST operation under <c>/api/v1</c> has a GraphQL field and every GraphQL field a REST operation, because both
/// are mapped from one declaration; an endpoint written by hand beside them must be listed below with the reason.
/// </summary>
public sealed class ApiParityTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    /// <summary>REST endpoints that are not API operations, so GraphQL has no twin for them.</summary>
    private static readonly Dictionary<string, string> RestOnly = new()
    {
        // Sign-in flows: they issue and spend the bearer tokens that GraphQL calls then carry.
        ["POST api/v1/auth/token"] = "exchanges credentials for tokens",
        ["POST api/v1/auth/refresh"] = "rotates a refresh token",
        ["POST api/v1/auth/revoke"] = "revokes a refresh token family",
        // Two-factor enrolment of the caller's own account: a step-by-step account flow, like the account forms.
        ["POST api/v1/me/two-factor/setup"] = "starts two-factor enrolment",
        ["POST api/v1/me/two-factor/enable"] = "confirms two-factor enrolment with a code",
        ["POST api/v1/me/two-factor/disable"] = "turns two-factor sign-in off",
        // A multipart file upload: GraphQL requests are JSON and the schema has no Upload type.
        ["POST api/v1/media"] = "uploads a file as multipart/form-data",
    };

    /// <summary>GraphQL fields without a REST operation: none today.</summary>
    private static readonly Dictionary<string, string> GraphQLOnly = [];

    [Fact]
    public async Task Every_rest_operation_has_a_graphql_field_and_every_graphql_field_a_rest_operation()
    {
        var endpoints = RestEndpoints().ToList();
        var fields = await GraphQLFieldsAsync();
        var operations = endpoints.Where(e => e.Operation is not null).Select(e => e.Operation!).ToHashSet();

        var handWritten = endpoints.Where(e => e.Operation is null && !RestOnly.ContainsKey(e.Route)).Select(e => e.Route).ToList();
        handWritten.ShouldBeEmpty("REST endpoints neither declared as an operation nor exempted in RestOnly");
        operations.Where(o => !fields.Contains(o)).ShouldBeEmpty("declared operations missing from the GraphQL schema");
        fields.Where(f => !operations.Contains(f) && !GraphQLOnly.ContainsKey(f)).ShouldBeEmpty("GraphQL fields without a REST operation");
        RestOnly.Keys.Where(route => endpoints.All(e => e.Route != route)).ShouldBeEmpty("exemptions for endpoints that no longer exist");
    }

    private IEnumerable<(string Route, string? Operation)> RestEndpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method =>
                ($"{method} {Normalized(e.RoutePattern.RawText!)}", e.Metadata.GetMetadata<OperationEndpoint>()?.Name)));

    // "/api/v1/content/{id:guid}" and "api/v1/content/{id:guid}" are the same route, whichever way a group joined them.
    private static string Normalized(string route) => route.TrimStart('/').Replace("//", "/", StringComparison.Ordinal);

    private async Task<HashSet<string>> GraphQLFieldsAsync()
    {
        var schema = (await app.CreateClient().GraphQLAsync("{ __schema { queryType { fields { name } } mutationType { fields { name } } } }"))["data"]!["__schema"]!;
        return new[] { "queryType", "mutationType" }
            .SelectMany(root => schema[root]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()))
            .ToHashSet();
    }
}
