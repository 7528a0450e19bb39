using GraphQL;
using GraphQL.Types;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Paging;
using RusToK.Web.Kernel.GraphQL;

namespace RusToK.Web.Capabilities.Tags;

/// <summary>Tags in GraphQL: <c>tags</c> and the renameTag, mergeTags and deleteTag mutations.</summary>
public sealed class TagsGraphQL : IGraphQLContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AutoRegisteringObjectGraphType<TagDto>>>>>("tags")
            .Description("Tags on published items with counts, by name; with all: true every tag and use (needs tags.manage).")
            .Argument<StringGraphType>("search").Argument<IntGraphType>("page").Argument<IntGraphType>("pageSize").Argument<BooleanGraphType>("all")
            .ResolveAsync(async ctx =>
            {
                var all = ctx.GetArgument("all", false);
                if (all) await ctx.RequirePermissionAsync(TagPermissions.Manage);
                var page = new PageRequest(ctx.GetArgument("page", 1), ctx.GetArgument("pageSize", 50));
                return (await Service(ctx).ListAsync(ctx.GetArgument<string?>("search"), page, publicOnly: !all, ctx.CancellationToken)).Items.Select(TagDto.From).ToList();
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AutoRegisteringObjectGraphType<TagDto>>>("renameTag")
            .Argument<NonNullGraphType<IdGraphType>>("id").Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async ctx =>
            {
                await ctx.RequirePermissionAsync(TagPermissions.Manage);
                return TagDto.From((await Service(ctx).RenameAsync(ctx.GetArgument<Guid>("id"), ctx.GetArgument<string>("name"), ctx.CancellationToken)).ValueOrThrow());
            });

        mutation.Field<NonNullGraphType<AutoRegisteringObjectGraphType<TagDto>>>("mergeTags")
            .Description("Moves every use of sourceId to targetId and deletes the source.")
            .Argument<NonNullGraphType<IdGraphType>>("sourceId").Argument<NonNullGraphType<IdGraphType>>("targetId")
            .ResolveAsync(async ctx =>
            {
                await ctx.RequirePermissionAsync(TagPermissions.Manage);
                return TagDto.From((await Service(ctx).MergeAsync(ctx.GetArgument<Guid>("sourceId"), ctx.GetArgument<Guid>("targetId"), ctx.CancellationToken)).ValueOrThrow());
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteTag")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                await ctx.RequirePermissionAsync(TagPermissions.Manage);
                (await Service(ctx).DeleteAsync(ctx.GetArgument<Guid>("id"), ctx.CancellationToken)).ThrowIfFailed();
                return true;
            });
    }

    private static TagService Service(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<TagService>();
}
