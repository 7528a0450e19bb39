using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Kernel.Operations;

/// <summary>
/// Maps a declared operation onto a minimal-API endpoint: the input record bound with <c>[AsParameters]</c> (so the
/// OpenAPI document lists its route, query and body exactly), the permission required, the answers it can give declared.
/// </summary>
internal static class RestOperation
{
    public static RouteHandlerBuilder Map<TInput, TOutput>(IEndpointRouteBuilder api, ApiOperation<TInput, TOutput> operation)
        where TInput : notnull
    {
        var endpoint = api.MapMethods(operation.Route, [operation.HttpMethod], ([AsParameters] TInput input, HttpContext http) => AnswerAsync(operation, input, http))
            .WithName(operation.Name).WithTags(operation.Tag).WithSummary(operation.Summary)
            .WithMetadata(new OperationEndpoint(operation.Name));
        _ = operation.Permission switch
        {
            null => endpoint.AllowAnonymous(),
            OperationPermission.SignedIn => endpoint.RequireAuthorization(),
            var permission => endpoint.RequireAuthorization(permission),
        };
        _ = operation.Success switch
        {
            SuccessShape.Ok => endpoint.Produces<TOutput>(),
            SuccessShape.Created => endpoint.Produces<TOutput>(StatusCodes.Status201Created),
            SuccessShape.NoContent => endpoint.Produces(StatusCodes.Status204NoContent),
            _ => endpoint.Produces(StatusCodes.Status202Accepted),
        };
        if (InputParameter.Of(typeof(TInput)).Any(p => p.IsBody)) endpoint.ProducesValidationProblem();
        if (operation.Route.Contains('{')) endpoint.ProducesProblem(StatusCodes.Status404NotFound);
        return endpoint;
    }

    private static async Task<IResult> AnswerAsync<TInput, TOutput>(ApiOperation<TInput, TOutput> operation, TInput input, HttpContext http)
        where TInput : notnull
    {
        var result = await operation.RunAsync(input, new OperationContext(http.RequestServices, http.User, http.RequestAborted));
        if (!result.Succeeded) return ApiProblems.Failure(http.RequestServices.Translate(result));
        return operation.Success switch
        {
            SuccessShape.Ok => TypedResults.Ok(result.Value),
            SuccessShape.Created => TypedResults.Created(operation.Location!(result.Value!), result.Value),
            SuccessShape.NoContent => TypedResults.NoContent(),
            _ => TypedResults.Accepted((string?)null),
        };
    }
}
