using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Components.Kernel.Shared;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Components.Kernel.Storefront;

/// <summary>What every module's storefront page shares: the site, the page number from the query, and the module's services only while it is on.</summary>
public abstract class StorefrontPageBase : ComponentBase
{
    [Inject] protected ITenantContext TenantContext { get; set; } = default!;

    [Inject] protected IServiceProvider Services { get; set; } = default!;

    [Inject] protected NavigationManager Nav { get; set; } = default!;

    // Read as text: Blazor throws (a 500) on "?page=abc" or a number past int when the property is an int.
    [SupplyParameterFromQuery(Name = "page")] public string? PageInAddress { get; set; }

    protected string SiteName => TenantContext.Current?.Name ?? "";

    /// <summary>The page from <c>?page=</c> (1 without one); null when it is not a page number, which pages answer as not found.</summary>
    protected int? CurrentPage => PageNumber.Parse(PageInAddress);

    /// <summary>A service of <paramref name="module"/>, resolved only while it is on for this site, so a build without it never asks.</summary>
    protected T? ServiceOf<T>(string module)
        where T : class => TenantContext.Current?.HasModule(module) == true ? Services.GetService<T>() : null;
}
