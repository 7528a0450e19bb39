using GraphQL;
using GraphQL.Types;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Kernel.GraphQL;

/// <summary>Kernel fields: <c>me</c>, <c>tenant</c>, <c>modules</c>, and module switching.</summary>
public sealed class KernelGraphQL : IGraphQLContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<AutoRegisteringObjectGraphType<MeDto>>("me")
            .Description("The caller, their tenant and permissions.")
            .ResolveAsync(async ctx =>
            {
                await ctx.RequirePermissionAsync(KernelPermissions.AdminAccess);
                var services = ctx.RequestServices!;
                return await MeDto.ForAsync(ctx.User!, services.GetRequiredService<ITenantContext>(), services.GetRequiredService<IPermissionChecker>(), ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<AutoRegisteringObjectGraphType<PublicTenantDto>>>("tenant")
            .Description("The site answering this request (public).")
            .Resolve(ctx => PublicTenantDto.From(ctx.RequestServices!.GetRequiredService<ITenantContext>().Current!));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AutoRegisteringObjectGraphType<ModuleDto>>>>>("modules")
            .Description("Modules offered and whether each is on for this tenant.")
            .ResolveAsync(async ctx =>
            {
                await ctx.RequirePermissionAsync(KernelPermissions.AdminAccess);
                var tenant = ctx.RequestServices!.GetRequiredService<ITenantContext>().Current!;
                return ctx.RequestServices!.GetRequiredService<ModuleCatalog>().All.OrderBy(m => m.Name)
                    .Select(m => ModuleDto.From(m, tenant)).ToList();
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("enableModule")
            .Description("Enables a module and its dependencies; returns the modules newly switched on.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async ctx =>
            {
                await ctx.RequirePermissionAsync(KernelPermissions.ModulesManage);
                var tenant = ctx.RequestServices!.GetRequiredService<ITenantContext>().Current!;
                return (await ctx.RequestServices!.GetRequiredService<ModuleActivationService>().EnableAsync(tenant.Id, ctx.GetArgument<string>("name"), ctx.CancellationToken)).ValueOrThrow();
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("disableModule")
            .Description("Disables a module; refused (CONFLICT) while enabled modules depend on it.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async ctx =>
            {
                await ctx.RequirePermissionAsync(KernelPermissions.ModulesManage);
                var tenant = ctx.RequestServices!.GetRequiredService<ITenantContext>().Current!;
                (await ctx.RequestServices!.GetRequiredService<ModuleActivationService>().DisableAsync(tenant.Id, ctx.GetArgument<string>("name"), ctx.CancellationToken)).ThrowIfFailed();
                return true;
            });
    }
}
