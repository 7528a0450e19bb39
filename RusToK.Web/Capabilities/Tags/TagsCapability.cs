using RusToK.Domain.Capabilities.Tags;
using RusToK.Web.Kernel.GraphQL;

namespace RusToK.Web.Capabilities.Tags;

/// <summary>The tags capability in the host: always on, used by any module that attaches tags.</summary>
public static class TagsCapability
{
    public static IServiceCollection AddTagsCapability(this IServiceCollection services)
    {
        services.AddScoped<TagService>();
        services.AddSingleton<IGraphQLContributor, TagsGraphQL>();
        return services;
    }
}
