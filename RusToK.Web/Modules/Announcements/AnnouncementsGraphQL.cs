using GraphQL;
using GraphQL.Types;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Modules.Announcements;
using RusToK.Web.Kernel.GraphQL;

namespace RusToK.Web.Modules.Announcements;

/// <summary>Announcements in GraphQL: <c>visibleAnnouncements</c>, <c>announcements</c>, and create/update/delete mutations.</summary>
public sealed class AnnouncementsGraphQL : IGraphQLContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AutoRegisteringObjectGraphType<AnnouncementDto>>>>>("visibleAnnouncements")
            .Description("What the storefront shows now (public).")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireModule(AnnouncementsModule.ModuleName);
                return (await Service(ctx).VisibleAsync(ctx.CancellationToken)).Select(AnnouncementDto.From).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AutoRegisteringObjectGraphType<AnnouncementDto>>>>>("announcements")
            .Description("All announcements, newest first (needs announcements.manage).")
            .Argument<IntGraphType>("page")
            .Argument<IntGraphType>("pageSize")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireModule(AnnouncementsModule.ModuleName);
                await ctx.RequirePermissionAsync(AnnouncementPermissions.Manage);
                var page = new PageRequest(ctx.GetArgument("page", 1), ctx.GetArgument("pageSize", 20));
                return (await Service(ctx).ListAsync(page, ctx.CancellationToken)).Items.Select(AnnouncementDto.From).ToList();
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AutoRegisteringObjectGraphType<AnnouncementDto>>>("createAnnouncement")
            .Argument<NonNullGraphType<StringGraphType>>("title")
            .Argument<StringGraphType>("body")
            .Argument<BooleanGraphType>("isPublished")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireModule(AnnouncementsModule.ModuleName);
                await ctx.RequirePermissionAsync(AnnouncementPermissions.Manage);
                var input = new AnnouncementInput(ctx.GetArgument<string>("title"), ctx.GetArgument<string?>("body"), IsPublished: ctx.GetArgument("isPublished", true));
                return AnnouncementDto.From((await Service(ctx).CreateAsync(input, ctx.CancellationToken)).ValueOrThrow());
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteAnnouncement")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireModule(AnnouncementsModule.ModuleName);
                await ctx.RequirePermissionAsync(AnnouncementPermissions.Manage);
                (await Service(ctx).DeleteAsync(ctx.GetArgument<Guid>("id"), ctx.CancellationToken)).ThrowIfFailed();
                return true;
            });
    }

    private static AnnouncementService Service(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<AnnouncementService>();
}
