using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Modules.Content;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Modules.Content;

/// <summary>An item as the API answers it: with its tags, which live in the tags capability.</summary>
internal static class ContentAnswers
{
    public static async Task<ContentDto> DtoAsync(ContentItem item, OperationContext context) =>
        ContentDto.From(item, await context.Get<TagService>().ForEntityAsync(new(ContentTypes.EntityType, item.Id), context.CancellationToken));

    public static async Task<OperationResult<ContentDto>> DtoAsync(this Task<OperationResult<ContentItem>> change, OperationContext context) =>
        await (await change).MapAsync(item => DtoAsync(item, context));
}
