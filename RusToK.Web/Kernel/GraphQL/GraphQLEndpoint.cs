using GraphQL;
using GraphQL.Transport;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Kernel.GraphQL;

/// <summary>
/// <c>POST /graphql</c>, written by hand because graphql-dotnet's server package is not available here.
/// Query errors come back as GraphQL errors with codes (HTTP 200); a body that is not a GraphQL request is a 400,
/// and one that is not declared JSON a 415.
/// </summary>
public static class GraphQLEndpoint
{
    public const int MaxQueryLength = 20_000;

    public static void MapGraphQLEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/graphql", ExecuteAsync).WithTags("GraphQL").WithSummary("GraphQL endpoint (same permissions as REST)").DisableAntiforgery();
    }

    private static async Task ExecuteAsync(HttpContext http, IDocumentExecuter<RusToKSchema> executer, IGraphQLTextSerializer serializer, ILoggerFactory logs)
    {
        // A browser sends text/plain, form and multipart bodies to another site without asking it first (no CORS
        // preflight); JSON it does not, so accepting only JSON keeps other sites' pages from posting here.
        if (!http.Request.HasJsonContentType())
        {
            await ApiProblems.UnsupportedMediaType("Send the GraphQL request as JSON (Content-Type: application/json).").ExecuteAsync(http);
            return;
        }

        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's body limit, as on REST: answered here because this handler reads the body itself.
            await TypedResults.Problem("The body is larger than the server accepts (1 MB).", statusCode: ex.StatusCode, title: "Request too large").ExecuteAsync(http);
            return;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            await TypedResults.Problem("The body must be a JSON GraphQL request: { \"query\": \"...\", \"variables\": { } }.", statusCode: 400, title: "Malformed GraphQL request").ExecuteAsync(http);
            return;
        }

        if (string.IsNullOrWhiteSpace(request?.Query) || request.Query.Length > MaxQueryLength)
        {
            var problem = RequestValidation.Validate(new GraphQLBody(request?.Query ?? ""));
            await (problem ?? (IResult)TypedResults.Problem("The query is empty.", statusCode: 400)).ExecuteAsync(http);
            return;
        }

        var logger = logs.CreateLogger("RusToK.GraphQL");
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = request.Query;
            options.Variables = request.Variables;
            options.OperationName = request.OperationName;
            options.User = http.User;
            options.RequestServices = http.RequestServices;
            options.CancellationToken = http.RequestAborted;
            options.ThrowOnUnhandledException = false;
            options.UnhandledExceptionDelegate = ctx =>
            {
                if (GraphQLErrors.FromMalformedArgument(ctx.OriginalException, ctx.FieldContext?.FieldDefinition.Name) is { } malformed)
                {
                    ctx.Exception = malformed;
                    return Task.CompletedTask;
                }

                logger.LogError(ctx.OriginalException, "GraphQL resolver failed");
                ctx.ErrorMessage = "An unexpected error occurred.";
                return Task.CompletedTask;
            };
        });

        http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private sealed record GraphQLBody(
        [property: System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.MaxLength(MaxQueryLength)] string Query);
}
