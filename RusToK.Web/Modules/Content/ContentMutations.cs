using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;
using RusToK.Web.Kernel.GraphQL;
using static RusToK.Web.Modules.Content.ContentGraphQL;

namespace RusToK.Web.Modules.Content;

/// <summary>createContent, updateContent, publish/schedule/unpublish/archive, deleteContent, createCategory, deleteCategory.</summary>
internal static class ContentMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        WithInput(mutation.Field<NonNullGraphType<AutoRegisteringObjectGraphType<ContentDto>>>("createContent").Description("Creates a draft."))
            .ResolveAsync(async ctx =>
            {
                await RequireAsync(ctx, ContentPermissions.Edit);
                return await DtoAsync(ctx, await Get<ContentEditingService>(ctx).CreateAsync(ReadInput(ctx), ContentAuthor.Of(ctx.User!), ctx.CancellationToken));
            });

        WithInput(mutation.Field<NonNullGraphType<AutoRegisteringObjectGraphType<ContentDto>>>("updateContent").Description("Saves an item; CONFLICT when concurrencyStamp is stale."))
            .Argument<NonNullGraphType<IdGraphType>>("id").Argument<IdGraphType>("concurrencyStamp")
            .ResolveAsync(async ctx =>
            {
                await RequireAsync(ctx, ContentPermissions.Edit);
                var stamp = ctx.GetArgument<Guid?>("concurrencyStamp");
                return await DtoAsync(ctx, await Get<ContentEditingService>(ctx).UpdateAsync(ctx.GetArgument<Guid>("id"), ReadInput(ctx), stamp, ContentAuthor.Of(ctx.User!), ctx.CancellationToken));
            });

        Transition(mutation, "publishContent", (s, id, ct) => s.PublishAsync(id, ct));
        Transition(mutation, "unpublishContent", (s, id, ct) => s.UnpublishAsync(id, ct));
        Transition(mutation, "archiveContent", (s, id, ct) => s.ArchiveAsync(id, ct));
        mutation.Field<NonNullGraphType<AutoRegisteringObjectGraphType<ContentDto>>>("scheduleContent")
            .Argument<NonNullGraphType<IdGraphType>>("id").Argument<NonNullGraphType<DateTimeGraphType>>("publishAt")
            .ResolveAsync(async ctx =>
            {
                await RequireAsync(ctx, ContentPermissions.Publish);
                var result = await Get<ContentPublishingService>(ctx).ScheduleAsync(ctx.GetArgument<Guid>("id"), ctx.GetArgument<DateTime>("publishAt"), ctx.CancellationToken);
                return await DtoAsync(ctx, result);
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteContent").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                await RequireAsync(ctx, ContentPermissions.Edit);
                (await Get<ContentEditingService>(ctx).DeleteAsync(ctx.GetArgument<Guid>("id"), ctx.CancellationToken)).ThrowIfFailed();
                return true;
            });

        mutation.Field<NonNullGraphType<AutoRegisteringObjectGraphType<CategoryDto>>>("createCategory")
            .Argument<NonNullGraphType<StringGraphType>>("name").Argument<StringGraphType>("slug").Argument<IdGraphType>("parentId")
            .ResolveAsync(async ctx =>
            {
                await RequireAsync(ctx, ContentPermissions.Categories);
                var input = new CategoryInput(ctx.GetArgument<string>("name"), ctx.GetArgument<string?>("slug"), ParentId: ctx.GetArgument<Guid?>("parentId"));
                return CategoryDto.From((await Get<CategoryService>(ctx).CreateAsync(input, ctx.CancellationToken)).ValueOrThrow());
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteCategory").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                await RequireAsync(ctx, ContentPermissions.Categories);
                (await Get<CategoryService>(ctx).DeleteAsync(ctx.GetArgument<Guid>("id"), ctx.CancellationToken)).ThrowIfFailed();
                return true;
            });
    }

    private static FieldBuilder<object?, TReturn> WithInput<TReturn>(FieldBuilder<object?, TReturn> field) => field
        .Argument<NonNullGraphType<StringGraphType>>("title").Argument<StringGraphType>("slug").Argument<StringGraphType>("body")
        .Argument<StringGraphType>("bodyFormat").Argument<StringGraphType>("excerpt").Argument<StringGraphType>("type").Argument<StringGraphType>("language")
        .Argument<IdGraphType>("categoryId").Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("tags")
        .Argument<StringGraphType>("metaTitle").Argument<StringGraphType>("metaDescription");

    private static ContentInput ReadInput(IResolveFieldContext ctx)
    {
        var format = ctx.GetArgument("bodyFormat", "Markdown");
        if (!Enum.TryParse<BodyFormat>(format, true, out var bodyFormat)) throw GraphQLErrors.Coded("VALIDATION", "bodyFormat must be Markdown or Html.");
        return new ContentInput(
            ctx.GetArgument<string>("title"), ctx.GetArgument<string?>("slug"), ctx.GetArgument<string?>("body"), bodyFormat, ctx.GetArgument<string?>("excerpt"),
            ctx.GetArgument("type", ContentTypes.Article), ctx.GetArgument("language", "en"), ctx.GetArgument<Guid?>("categoryId"), ctx.GetArgument<List<string>?>("tags"),
            MetaTitle: ctx.GetArgument<string?>("metaTitle"), MetaDescription: ctx.GetArgument<string?>("metaDescription"));
    }

    private static void Transition(ObjectGraphType mutation, string name, Func<ContentPublishingService, Guid, CancellationToken, Task<OperationResult<ContentItem>>> change) =>
        mutation.Field<NonNullGraphType<AutoRegisteringObjectGraphType<ContentDto>>>(name).Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                await RequireAsync(ctx, ContentPermissions.Publish);
                return await DtoAsync(ctx, await change(Get<ContentPublishingService>(ctx), ctx.GetArgument<Guid>("id"), ctx.CancellationToken));
            });

    private static async Task<ContentDto> DtoAsync(IResolveFieldContext ctx, OperationResult<ContentItem> result) =>
        await ContentEndpoints.DtoAsync(result.ValueOrThrow(), Get<TagService>(ctx), ctx.CancellationToken);
}
