using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Web.Kernel.Operations;
using RusToK.Web.Kernel.Site;
using static RusToK.Web.Kernel.Operations.OperationResults;

namespace RusToK.Web.Kernel.Api;

/// <summary>Platform administrators manage every tenant (REST <c>/platform/tenants</c>).</summary>
public static class TenantOperations
{
    private const string Permission = KernelPermissions.PlatformTenantsManage;
    private static readonly OperationSet Ops = new("Platform");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Ops.Get<SearchPage, PageDto<TenantDto>>("platformTenants", "/platform/tenants", Permission, "List tenants",
            async (input, c) => Ok(PageDto<TenantDto>.From(await c.Get<TenantAdministrationService>().ListAsync(input.Search, input.ToRequest(), c.CancellationToken), TenantDto.From))),
        Ops.Get<ById, TenantDto>("platformTenant", "/platform/tenants/{id:guid}", Permission, "Get a tenant",
            async (input, c) => (await c.Get<TenantAdministrationService>().FindAsync(input.Id, c.CancellationToken)).OrNotFound("Tenant not found.").Map(TenantDto.From)),
        Ops.Get<NoInput, IReadOnlyList<SiteTemplateDto>>("siteTemplates", "/platform/templates", Permission, "List the templates a new tenant can start from",
            (_, c) => Task.FromResult(Ok<IReadOnlyList<SiteTemplateDto>>(c.Get<ModuleCatalog>().Templates.Select(SiteTemplateDto.From).ToList()))),
        Ops.Post<WithBody<TenantRequest>, TenantDto>("createTenant", "/platform/tenants", Permission, "Create a tenant with its built-in roles, a template's modules and an owner",
            async (input, c) => (await c.Get<TenantAdministrationService>().CreateAsync(input.Input.ToInput(), input.Input.ToSetup(PlatformAddress(c)), c.CancellationToken)).Map(TenantDto.From))
            .Created(t => $"/api/v1/platform/tenants/{t.Id}"),
        Ops.Put<ByIdWithBody<TenantRequest>, TenantDto>("updateTenant", "/platform/tenants/{id:guid}", Permission, "Edit a tenant's name, hosts and look",
            async (input, c) => (await c.Get<TenantAdministrationService>().UpdateAsync(input.Id, input.Input.ToInput(), c.CancellationToken)).Map(TenantDto.From)),
        Ops.Post<ById>("suspendTenant", "/platform/tenants/{id:guid}/suspend", Permission, "Suspend a tenant (its data stays)",
            (input, c) => c.Get<TenantAdministrationService>().SuspendAsync(input.Id, c.CancellationToken)),
        Ops.Post<ById>("resumeTenant", "/platform/tenants/{id:guid}/resume", Permission, "Resume a suspended tenant",
            (input, c) => c.Get<TenantAdministrationService>().ResumeAsync(input.Id, c.CancellationToken)),
    ];

    // The owner's invitation links to the new site under the address the request came to.
    private static string PlatformAddress(OperationContext c) =>
        Domain.Kernel.Tenancy.PlatformAddress.Of(SiteUrls.BaseOf(c.Get<IHttpContextAccessor>().HttpContext!.Request), c.Get<ITenantContext>().Current?.Slug);
}
