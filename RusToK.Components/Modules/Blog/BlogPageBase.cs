using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Components.Kernel.Shared;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Modules.Blog;

namespace RusToK.Components.Modules.Blog;

/// <summary>What every blog page shares: the reader (null while the blog is off for this site) and the page number from the query.</summary>
public abstract class BlogPageBase : ComponentBase
{
    [Inject] protected ITenantContext TenantContext { get; set; } = default!;

    [Inject] protected IServiceProvider Services { get; set; } = default!;

    [Inject] protected NavigationManager Nav { get; set; } = default!;

    // Read as text: Blazor throws (a 500) on "?page=abc" or a number past int when the property is an int.
    [SupplyParameterFromQuery(Name = "page")] public string? PageInAddress { get; set; }

    protected string SiteName => TenantContext.Current?.Name ?? "";

    /// <summary>Resolved only when the module is on, so a build without the blog never asks for its services.</summary>
    protected BlogReader? Reader => TenantContext.Current?.HasModule(BlogModule.ModuleName) == true ? Services.GetService<BlogReader>() : null;

    /// <summary>The page from <c>?page=</c> (1 without one); null when it is not a page number, which pages answer as not found.</summary>
    protected int? CurrentPage => PageNumber.Parse(PageInAddress);
}
