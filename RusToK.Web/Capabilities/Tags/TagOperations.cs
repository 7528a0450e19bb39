using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Results;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Operations;
using static RusToK.Web.Kernel.Operations.OperationResults;

namespace RusToK.Web.Capabilities.Tags;

/// <summary>The tenant's tag vocabulary (REST <c>/tags</c>): with counts, public; rename, merge and delete with tags.manage.</summary>
public static class TagOperations
{
    private static readonly OperationSet Ops = new("Tags");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Ops.Get<ListTags, PageDto<TagDto>>("tags", "/tags", OperationPermission.Public, "Tags on published items with how many carry each, or every tag and use with ?all=true (needs tags.manage)", ListAsync),
        Ops.Put<ByIdWithBody<RenameTagRequest>, TagDto>("renameTag", "/tags/{id:guid}", TagPermissions.Manage, "Rename a tag (409 when the new name exists: merge instead)",
            async (input, c) => (await c.Get<TagService>().RenameAsync(input.Id, input.Input.Name, c.CancellationToken)).Map(TagDto.From)),
        Ops.Post<MergeTags, TagDto>("mergeTags", "/tags/{id:guid}/merge", TagPermissions.Manage, "Move every use of this tag to another and delete it",
            async (input, c) => (await c.Get<TagService>().MergeAsync(input.SourceId, input.Input.TargetId!.Value, c.CancellationToken)).Map(TagDto.From)),
        Ops.Delete<ById>("deleteTag", "/tags/{id:guid}", TagPermissions.Manage, "Delete a tag and take it off everything",
            (input, c) => c.Get<TagService>().DeleteAsync(input.Id, c.CancellationToken)),
    ];

    private static async Task<OperationResult<PageDto<TagDto>>> ListAsync(ListTags input, OperationContext c)
    {
        var all = input.All == true;
        if (all && !await c.HasPermissionAsync(TagPermissions.Manage)) return OperationResult.Forbidden("Counting unpublished items needs the tags.manage permission.").As<PageDto<TagDto>>();
        return Ok(PageDto<TagDto>.From(await c.Get<TagService>().ListAsync(input.Search, input.ToRequest(), publicOnly: !all, c.CancellationToken), TagDto.From));
    }
}
