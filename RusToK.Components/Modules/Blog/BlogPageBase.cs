using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Modules.Blog;

namespace RusToK.Components.Modules.Blog;

/// <summary>What every blog page shares: the reader (null while the blog is off for this site) and the page number from the query.</summary>
public abstract class BlogPageBase : ComponentBase
{
    [Inject] protected ITenantContext TenantContext { get; set; } = default!;

    [Inject] protected IServiceProvider Services { get; set; } = default!;

    [Inject] protected NavigationManager Nav { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "page")] public int? PageNumber { get; set; }

    protected string SiteName => TenantContext.Current?.Name ?? "";

    /// <summary>Resolved only when the module is on, so a build without the blog never asks for its services.</summary>
    protected BlogReader? Reader => TenantContext.Current?.HasModule(BlogModule.ModuleName) == true ? Services.GetService<BlogReader>() : null;

    protected int CurrentPage => Math.Max(1, PageNumber ?? 1);
}
