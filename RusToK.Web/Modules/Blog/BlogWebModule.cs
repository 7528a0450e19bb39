using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Modules.Blog;
using RusToK.Domain.Modules.Content;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Modules.Blog.Feeds;

namespace RusToK.Web.Modules.Blog;

/// <summary>The Blog module in the host: feeds and sitemap entries (its pages live in RusToK.Components).</summary>
public sealed class BlogWebModule : IWebModule
{
    public ModuleDescriptor Descriptor { get; } = new BlogModule();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<BlogReader>();
        services.AddScoped<ISitemapSource, BlogSitemapSource>();
        services.AddScoped<IContentTypeDefinition, PostContentType>();
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
    }

    public void MapSite(IEndpointRouteBuilder site) => site.MapFeedEndpoints();
}
