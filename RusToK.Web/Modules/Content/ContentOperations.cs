using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Revisions;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Operations;
using static RusToK.Web.Kernel.Operations.OperationResults;

namespace RusToK.Web.Modules.Content;

/// <summary>Content items of every type: reading, editing, the lifecycle, revisions and the editor's analysis (REST <c>/content</c>).</summary>
public static class ContentOperations
{
    private const string NotFound = "Content not found.";
    private static readonly OperationSet Ops = new("Content");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Ops.Get<ListContent, PageDto<ContentSummaryDto>>("contentItems", "/content", ContentPermissions.Edit, "List content items (filters: type, status, search, category, tag, language)",
            async (input, c) => Ok(PageDto<ContentSummaryDto>.From(await c.Get<ContentQueries>().ListAsync(input.ToFilter(), input.ToRequest(), c.CancellationToken), ContentSummaryDto.From))),
        Ops.Get<ById, ContentDto>("contentItem", "/content/{id:guid}", ContentPermissions.Edit, "Get an item with its body and tags",
            async (input, c) => await (await c.Get<ContentQueries>().FindAsync(input.Id, c.CancellationToken)).OrNotFound(NotFound).MapAsync(i => ContentAnswers.DtoAsync(i, c))),
        Ops.Get<ById, List<ContentSummaryDto>>("contentTranslations", "/content/{id:guid}/translations", ContentPermissions.Edit, "The item in the site's other languages (same type and address, another language)",
            async (input, c) => await (await c.Get<ContentQueries>().FindAsync(input.Id, c.CancellationToken)).OrNotFound(NotFound)
                .MapAsync(async i => (await c.Get<ContentQueries>().TranslationsAsync(i, publishedOnly: false, c.CancellationToken)).Select(ContentSummaryDto.From).ToList())),
        Ops.Get<FindPublishedContent, ContentDto>("publishedContent", "/content/published", OperationPermission.Public, "A published item by type and address, as readers see it",
            async (input, c) => await (await c.Get<ContentQueries>().FindPublishedAsync(input.Type, input.Slug, input.Language, c.CancellationToken))
                .OrNotFound("No published item at this address.").MapAsync(i => ContentAnswers.DtoAsync(i, c))),
        Ops.Post<WithBody<ContentRequest>, ContentDto>("createContent", "/content", ContentPermissions.Edit, "Create a draft",
            (input, c) => c.Get<ContentEditingService>().CreateAsync(input.Input.ToInput(), ContentAuthor.Of(c.User), c.CancellationToken).DtoAsync(c))
            .Created(item => $"/api/v1/content/{item.Id}"),
        Ops.Put<ByIdWithBody<ContentRequest>, ContentDto>("updateContent", "/content/{id:guid}", ContentPermissions.Edit, "Save an item (409 when it changed since you read it; a live item gets a new revision)",
            (input, c) => c.Get<ContentEditingService>().UpdateAsync(input.Id, input.Input.ToInput(), input.Input.ConcurrencyStamp, ContentAuthor.Of(c.User), c.CancellationToken).DtoAsync(c)),
        Ops.Post<ByIdWithBody<ContentRequest>, ContentDto>("autosaveContent", "/content/{id:guid}/autosave", ContentPermissions.Edit, "Autosave a draft (refused for live items)",
            (input, c) => c.Get<ContentEditingService>().AutosaveAsync(input.Id, input.Input.ToInput(), input.Input.ConcurrencyStamp, ContentAuthor.Of(c.User), c.CancellationToken).DtoAsync(c)),
        Ops.Delete<ById>("deleteContent", "/content/{id:guid}", ContentPermissions.Edit, "Delete an item with its revisions and tags",
            (input, c) => c.Get<ContentEditingService>().DeleteAsync(input.Id, c.CancellationToken)),
        Ops.Post<WithBody<ContentRequest>, ContentAnalysis>("analyzeContent", "/content/analyze", ContentPermissions.Edit, "Score an unsaved item with the registered analyzers (SEO)",
            (input, c) => Task.FromResult(Ok(c.Get<ContentAnalysisService>().Analyze(input.Input.ToInput())))).AsQuery(),
        Ops.Post<ById, ContentDto>("publishContent", "/content/{id:guid}/publish", ContentPermissions.Publish, "Publish now",
            (input, c) => c.Get<ContentPublishingService>().PublishAsync(input.Id, c.CancellationToken).DtoAsync(c)),
        Ops.Post<ById, ContentDto>("unpublishContent", "/content/{id:guid}/unpublish", ContentPermissions.Publish, "Back to draft",
            (input, c) => c.Get<ContentPublishingService>().UnpublishAsync(input.Id, c.CancellationToken).DtoAsync(c)),
        Ops.Post<ById, ContentDto>("archiveContent", "/content/{id:guid}/archive", ContentPermissions.Publish, "Archive",
            (input, c) => c.Get<ContentPublishingService>().ArchiveAsync(input.Id, c.CancellationToken).DtoAsync(c)),
        Ops.Post<ByIdWithBody<ScheduleRequest>, ContentDto>("scheduleContent", "/content/{id:guid}/schedule", ContentPermissions.Publish, "Publish at a future time",
            (input, c) => c.Get<ContentPublishingService>().ScheduleAsync(input.Id, input.Input.PublishAt!.Value, c.CancellationToken).DtoAsync(c)),
        Ops.Get<ById, List<RevisionDto>>("contentRevisions", "/content/{id:guid}/revisions", ContentPermissions.Edit, "Published revisions, newest first",
            async (input, c) => Ok((await c.Get<RevisionService>().ListAsync(input.Id, c.CancellationToken)).Select(RevisionDto.From).ToList())),
        Ops.Get<CompareRevision, SideBySideDiff>("revisionDiff", "/content/{id:guid}/revisions/{number:int}/diff", ContentPermissions.Edit, "Side-by-side diff of a revision against another (?against=n) or the current body",
            CompareAsync),
        Ops.Post<RevisionNumber, ContentDto>("restoreRevision", "/content/{id:guid}/revisions/{number:int}/restore", ContentPermissions.Edit, "Put a revision's title, excerpt and body back",
            (input, c) => c.Get<RevisionService>().RestoreAsync(input.Id, input.Number, ContentAuthor.Of(c.User), c.CancellationToken).DtoAsync(c)),
    ];

    private static async Task<OperationResult<SideBySideDiff>> CompareAsync(CompareRevision input, OperationContext c)
    {
        var revisions = c.Get<RevisionService>();
        if (await revisions.FindAsync(input.Id, input.Number, c.CancellationToken) is not { } revision) return OperationResult.NotFound<SideBySideDiff>("Revision not found.");
        var other = input.Against is { } n ? (await revisions.FindAsync(input.Id, n, c.CancellationToken))?.Body : (await c.Get<ContentQueries>().FindAsync(input.Id, c.CancellationToken))?.Body;
        return other is null ? OperationResult.NotFound<SideBySideDiff>("Nothing to compare with.") : Ok(revisions.Compare(revision.Body, other));
    }
}
