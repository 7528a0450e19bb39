using RusToK.Domain.Kernel.Results;

namespace RusToK.Web.Kernel.Operations;

/// <summary>
/// Declares operations that share an OpenAPI tag (a module's, a capability's, the kernel's), one call each:
/// <c>ops.Get&lt;ById, AnnouncementDto&gt;("announcement", "/announcements/{id:guid}", AnnouncementPermissions.Manage, "Get an announcement", handler)</c>.
/// Operations without a value (<c>Post&lt;TInput&gt;</c>) answer 204 in REST and <c>true</c> in GraphQL.
/// </summary>
public sealed class OperationSet(string tag)
{
    public ApiOperation<TInput, TOutput> Get<TInput, TOutput>(string name, string route, string? permission, string summary, Func<TInput, OperationContext, Task<OperationResult<TOutput>>> handler)
        where TInput : notnull => new(name, HttpMethods.Get, route, permission, tag, summary, handler);

    public ApiOperation<TInput, TOutput> Post<TInput, TOutput>(string name, string route, string? permission, string summary, Func<TInput, OperationContext, Task<OperationResult<TOutput>>> handler)
        where TInput : notnull => new(name, HttpMethods.Post, route, permission, tag, summary, handler);

    public ApiOperation<TInput, TOutput> Put<TInput, TOutput>(string name, string route, string? permission, string summary, Func<TInput, OperationContext, Task<OperationResult<TOutput>>> handler)
        where TInput : notnull => new(name, HttpMethods.Put, route, permission, tag, summary, handler);

    public ApiOperation<TInput, bool> Post<TInput>(string name, string route, string? permission, string summary, Func<TInput, OperationContext, Task<OperationResult>> handler)
        where TInput : notnull => Command(HttpMethods.Post, name, route, permission, summary, handler);

    public ApiOperation<TInput, bool> Put<TInput>(string name, string route, string? permission, string summary, Func<TInput, OperationContext, Task<OperationResult>> handler)
        where TInput : notnull => Command(HttpMethods.Put, name, route, permission, summary, handler);

    public ApiOperation<TInput, bool> Delete<TInput>(string name, string route, string? permission, string summary, Func<TInput, OperationContext, Task<OperationResult>> handler)
        where TInput : notnull => Command(HttpMethods.Delete, name, route, permission, summary, handler);

    private ApiOperation<TInput, bool> Command<TInput>(string method, string name, string route, string? permission, string summary, Func<TInput, OperationContext, Task<OperationResult>> handler)
        where TInput : notnull => new(name, method, route, permission, tag, summary, async (input, context) => (await handler(input, context)).Done())
        {
            Success = SuccessShape.NoContent,
        };
}
