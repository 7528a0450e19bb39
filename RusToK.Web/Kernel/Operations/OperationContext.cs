using System.Security.Claims;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Operations;

/// <summary>What a handler may use besides its input: the request's services, the caller and the cancellation.</summary>
public sealed record OperationContext(IServiceProvider RequestServices, ClaimsPrincipal User, CancellationToken CancellationToken)
{
    public T Get<T>()
        where T : notnull => RequestServices.GetRequiredService<T>();

    /// <summary>The tenant the request was resolved to (every API request has one).</summary>
    public TenantInfo Tenant => Get<ITenantContext>().Current!;

    public Task<bool> HasPermissionAsync(string permission) => Get<IPermissionChecker>().HasAsync(User, permission, CancellationToken);
}
