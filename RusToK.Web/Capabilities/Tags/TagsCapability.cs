using RusToK.Domain.Capabilities.Tags;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Capabilities.Tags;

/// <summary>The tags capability in the host: always on, used by any module that attaches tags.</summary>
public static class TagsCapability
{
    public static IServiceCollection AddTagsCapability(this IServiceCollection services)
    {
        services.AddScoped<TagService>();
        return services.AddApiOperations(TagOperations.All);
    }
}
