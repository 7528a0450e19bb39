using RusToK.Components.Kernel.Layout;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Modules.Blog;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Modules.Blog;
using RusToK.Domain.Modules.Content;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Modules.Blog.Demo;
using RusToK.Web.Modules.Blog.Feeds;

namespace RusToK.Web.Modules.Blog;

/// <summary>The Blog module in the host: feeds and sitemap entries (its pages live in RusToK.Components).</summary>
public sealed class BlogWebModule : IWebModule
{
    public ModuleDescriptor Descriptor { get; } = new BlogModule();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<BlogReader>();
        services.AddModuleStrings<BlogStrings>();
        services.AddScoped<IDemoDataSeeder, DemoBlogSeeder>();
        services.AddStylesheet("Modules/Blog/blog.css");
        services.AddScoped<ISitemapSource, BlogSitemapSource>();
        services.AddScoped<IContentTypeDefinition, PostContentType>();
    }

    public void MapSite(IEndpointRouteBuilder site) => site.MapFeedEndpoints();
}
