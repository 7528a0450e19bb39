using GraphQL;
using GraphQL.Types;
using RusToK.Domain.Modules.Pages;
using RusToK.Domain.Modules.Pages.Menus;
using RusToK.Web.Kernel.GraphQL;

namespace RusToK.Web.Modules.Pages;

/// <summary>Pages in GraphQL: <c>pages</c> (published tree), <c>pageBlocks</c> and <c>menu(location)</c>.</summary>
public sealed class PagesGraphQL : IGraphQLContributor
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AutoRegisteringObjectGraphType<PageNodeDto>>>>>("pages")
            .Description("Published pages as a tree, depth-first (public).")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireModule(PagesModule.ModuleName);
                return (await Get<PageService>(ctx).TreeAsync(publishedOnly: true, ctx.CancellationToken)).Select(PageNodeDto.From).ToList();
            });

        query.Field<ListGraphType<NonNullGraphType<AutoRegisteringObjectGraphType<BlockDto>>>>("pageBlocks")
            .Description("The blocks of the published page at an address (public).")
            .Argument<NonNullGraphType<StringGraphType>>("path")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireModule(PagesModule.ModuleName);
                var view = await Get<PageService>(ctx).FindByPathAsync(ctx.GetArgument<string>("path"), ctx.CancellationToken);
                return view?.Blocks.Select(BlockDto.From).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("menu")
            .Description("A menu's top-level links as \"Title → /address\" lines (public).")
            .Argument<NonNullGraphType<StringGraphType>>("location")
            .ResolveAsync(async ctx =>
            {
                ctx.RequireModule(PagesModule.ModuleName);
                if (!Enum.TryParse<MenuLocation>(ctx.GetArgument<string>("location"), true, out var location)) throw GraphQLErrors.Coded("VALIDATION", "location must be Header or Footer.");
                return (await Get<MenuService>(ctx).LinksAsync(location, ctx.CancellationToken)).Select(l => $"{l.Title} → {l.Url}").ToList();
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
    }

    private static T Get<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();
}
