using GraphQL;
using GraphQL.Types;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;
using RusToK.Web.Kernel.GraphQL;

namespace RusToK.Web.Modules.Content;

/// <summary>Content in GraphQL: <c>contentItems</c>, <c>contentItem</c>, <c>contentTranslations</c>, <c>publishedContent</c>, <c>categories</c> and the editing mutations.</summary>
public sealed class ContentGraphQL : IGraphQLContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AutoRegisteringObjectGraphType<ContentSummaryDto>>>>>("contentItems")
            .Description("Items of any status (needs content.items.edit), newest change first.")
            .Argument<StringGraphType>("type").Argument<StringGraphType>("status").Argument<StringGraphType>("search").Argument<StringGraphType>("tag")
            .Argument<IntGraphType>("page").Argument<IntGraphType>("pageSize")
            .ResolveAsync(async ctx =>
            {
                await RequireAsync(ctx, ContentPermissions.Edit);
                var status = ctx.GetArgument<string?>("status") is { } s ? Enum.TryParse<ContentStatus>(s, true, out var parsed) ? parsed
                    : throw GraphQLErrors.Coded("VALIDATION", "status must be Draft, Scheduled, Published or Archived.") : (ContentStatus?)null;
                var filter = new ContentFilter(ctx.GetArgument<string?>("type"), status, ctx.GetArgument<string?>("search"), TagSlug: ctx.GetArgument<string?>("tag"));
                var page = new PageRequest(ctx.GetArgument("page", 1), ctx.GetArgument("pageSize", 20));
                return (await Get<ContentQueries>(ctx).ListAsync(filter, page, ctx.CancellationToken)).Items.Select(ContentSummaryDto.From).ToList();
            });

        query.Field<AutoRegisteringObjectGraphType<ContentDto>>("contentItem")
            .Description("One item with body and tags (needs content.items.edit).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                await RequireAsync(ctx, ContentPermissions.Edit);
                var item = await Get<ContentQueries>(ctx).FindAsync(ctx.GetArgument<Guid>("id"), ctx.CancellationToken);
                return item is null ? null : await ContentEndpoints.DtoAsync(item, Get<TagService>(ctx), ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AutoRegisteringObjectGraphType<ContentSummaryDto>>>>>("contentTranslations")
            .Description("The item in the site's other languages: same type and address, another language (needs content.items.edit).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                await RequireAsync(ctx, ContentPermissions.Edit);
                var queries = Get<ContentQueries>(ctx);
                var item = await queries.FindAsync(ctx.GetArgument<Guid>("id"), ctx.CancellationToken) ?? throw GraphQLErrors.Coded("NOT_FOUND", "Content not found.");
                return (await queries.TranslationsAsync(item, publishedOnly: false, ctx.CancellationToken)).Select(ContentSummaryDto.From).ToList();
            });

        query.Field<AutoRegisteringObjectGraphType<ContentDto>>("publishedContent")
            .Description("A published item by type and address, as readers see it (public).")
            .Argument<NonNullGraphType<StringGraphType>>("type").Argument<NonNullGraphType<StringGraphType>>("slug").Argument<StringGraphType>("language")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireModule(ContentModule.ModuleName);
                var item = await Get<ContentQueries>(ctx).FindPublishedAsync(ctx.GetArgument<string>("type"), ctx.GetArgument<string>("slug"), ctx.GetArgument<string?>("language"), ctx.CancellationToken);
                return item is null ? null : await ContentEndpoints.DtoAsync(item, Get<TagService>(ctx), ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AutoRegisteringObjectGraphType<CategoryDto>>>>>("categories")
            .Description("The category tree, depth-first, with counts of published items (public); with all: true of every item (needs content.items.edit).")
            .Argument<BooleanGraphType>("all")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireModule(ContentModule.ModuleName);
                var all = ctx.GetArgument("all", false);
                if (all) await ctx.RequirePermissionAsync(ContentPermissions.Edit);
                return (await Get<CategoryService>(ctx).TreeAsync(publishedOnly: !all, ctx.CancellationToken)).Select(CategoryDto.From).ToList();
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        ContentMutations.Add(mutation);
    }

    internal static async Task RequireAsync(IResolveFieldContext ctx, string permission)
    {
        ctx.RequireModule(ContentModule.ModuleName);
        await ctx.RequirePermissionAsync(permission);
    }

    internal static T Get<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();
}
