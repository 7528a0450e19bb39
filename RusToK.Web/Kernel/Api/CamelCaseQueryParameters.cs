using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RusToK.Web.Kernel.Api;

/// <summary>
/// Names query parameters in the OpenAPI document as clients write them (<c>?search=</c>, <c>?pageSize=</c>): an
/// operation's input record declares them in C# casing, and binding ignores case either way.
/// </summary>
public sealed class CamelCaseQueryParameters : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p is { In: ParameterLocation.Query, Name: not null }))
        {
            parameter.Name = RequestValidation.JsonName(parameter.Name!);
        }

        return Task.CompletedTask;
    }
}
