using Microsoft.Extensions.Localization;
using RusToK.Components.Capabilities.Activity;
using RusToK.Domain.Capabilities.Activity;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Security;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Operations;
using static RusToK.Web.Kernel.Operations.OperationResults;

namespace RusToK.Web.Capabilities.Activity;

/// <summary>The site's activity feed (REST <c>/activity</c>, GraphQL <c>activity</c>): entries the caller's permissions cover.</summary>
public static class ActivityOperations
{
    private static readonly OperationSet Ops = new("Activity");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Ops.Get<ListActivity, PageDto<ActivityDto>>("activity", "/activity", KernelPermissions.AdminAccess,
            "What happened on the site, newest first, as sentences in the caller's language; narrowed by module or person", ListAsync),
    ];

    private static async Task<OperationResult<PageDto<ActivityDto>>> ListAsync(ListActivity input, OperationContext c)
    {
        var granted = await c.Get<IPermissionChecker>().GrantedAsync(c.User, c.CancellationToken);
        var page = await c.Get<ActivityFeed>().ListAsync(new ActivityFilter(input.Module, input.Person), input.ToRequest(), granted, c.CancellationToken);
        var strings = c.Get<IStringLocalizer<ActivityStrings>>();
        return Ok(PageDto<ActivityDto>.From(page, item => ActivityDto.From(item, i => string.Format(strings[i.Sentence], i.ActorName ?? strings["The site"], i.Subject))));
    }
}
