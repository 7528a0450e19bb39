using GraphQL.Types;
using RusToK.Domain.Kernel.Results;

namespace RusToK.Web.Kernel.Operations;

/// <summary>
/// An operation's declaration: its input record (constructor parameters are the inputs, data annotations their
/// rules), its output, who may call it and the handler. <see cref="RestOperation"/> and <see cref="GraphQLOperation"/> map it.
/// </summary>
public sealed record ApiOperation<TInput, TOutput>(
    string Name,
    string HttpMethod,
    string Route,
    string? Permission,
    string Tag,
    string Summary,
    Func<TInput, OperationContext, Task<OperationResult<TOutput>>> Handler) : IApiOperation
    where TInput : notnull
{
    public OperationKind Kind { get; init; } = HttpMethod == HttpMethods.Get ? OperationKind.Query : OperationKind.Mutation;

    public Type InputType => typeof(TInput);

    public SuccessShape Success { get; init; } = SuccessShape.Ok;

    /// <summary>The address of what a <see cref="SuccessShape.Created"/> operation made.</summary>
    public Func<TOutput, string>? Location { get; init; }

    /// <summary>Whether GraphQL answers <c>null</c> (not NOT_FOUND) when there is nothing: a query for one thing.</summary>
    public bool NullWhenNotFound { get; init; } = HttpMethod == HttpMethods.Get && !GraphQLOutputTypes.IsList(typeof(TOutput));

    public ApiOperation<TInput, TOutput> Created(Func<TOutput, string> location) => this with { Success = SuccessShape.Created, Location = location };

    public ApiOperation<TInput, TOutput> Answering(SuccessShape success) => this with { Success = success };

    /// <summary>A read sent as POST (a body too rich for a query string) is still a Query field.</summary>
    public ApiOperation<TInput, TOutput> AsQuery() => this with { Kind = OperationKind.Query };

    public ApiOperation<TInput, TOutput> WithNullWhenNotFound(bool value = true) => this with { NullWhenNotFound = value };

    public RouteHandlerBuilder MapRest(IEndpointRouteBuilder api) => RestOperation.Map(api, this);

    public FieldType ToGraphQLField(string? module) => GraphQLOperation.Field(this, module);

    /// <summary>Validates the input, then runs the handler: the same steps whichever API called.</summary>
    public async Task<OperationResult<TOutput>> RunAsync(TInput input, OperationContext context) =>
        OperationValidation.Errors(input) is { } errors ? OperationResult.Invalid<TOutput>(errors) : await Handler(input, context);
}
