using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Api;

/// <summary><c>/api/v1/platform/tenants</c>: platform administrators manage every tenant.</summary>
public static class TenantEndpoints
{
    public static void MapTenantEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/platform/tenants").WithTags("Platform").RequireAuthorization(KernelPermissions.PlatformTenantsManage);

        group.MapGet("/", async (string? search, [AsParameters] PagingQuery paging, TenantAdministrationService tenants, CancellationToken ct) =>
            TypedResults.Ok(PageDto<TenantDto>.From(await tenants.ListAsync(search, paging.ToRequest(), ct), TenantDto.From)))
            .WithSummary("List tenants");

        group.MapGet("/{id:guid}", async (Guid id, TenantAdministrationService tenants, CancellationToken ct) =>
            await tenants.FindAsync(id, ct) is { } t ? Results.Ok(TenantDto.From(t)) : ApiProblems.NotFound("Tenant not found."))
            .WithSummary("Get a tenant").Produces<TenantDto>();

        group.MapPost("/", async (TenantRequest request, TenantAdministrationService tenants, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await tenants.CreateAsync(request.ToInput(), request.Modules, ct);
            return ApiProblems.From(result, () => Results.Created($"/api/v1/platform/tenants/{result.Value!.Id}", TenantDto.From(result.Value)));
        }).WithSummary("Create a tenant with its built-in roles").Produces<TenantDto>(StatusCodes.Status201Created).ProducesValidationProblem();

        group.MapPut("/{id:guid}", async (Guid id, TenantRequest request, TenantAdministrationService tenants, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await tenants.UpdateAsync(id, request.ToInput(), ct);
            return ApiProblems.From(result, () => Results.Ok(TenantDto.From(result.Value!)));
        }).WithSummary("Edit a tenant's name, hosts and look").Produces<TenantDto>().ProducesValidationProblem();

        group.MapPost("/{id:guid}/suspend", async (Guid id, TenantAdministrationService tenants, CancellationToken ct) =>
            ApiProblems.From(await tenants.SuspendAsync(id, ct), Results.NoContent)).WithSummary("Suspend a tenant (its data stays)");

        group.MapPost("/{id:guid}/resume", async (Guid id, TenantAdministrationService tenants, CancellationToken ct) =>
            ApiProblems.From(await tenants.ResumeAsync(id, ct), Results.NoContent)).WithSummary("Resume a suspended tenant");
    }
}
