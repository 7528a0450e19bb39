using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace RusToK.Web.Kernel.Site;

/// <summary>
/// Marks every page outside <c>/admin</c> as static-only. Blazor otherwise treats each page as one that may hand over
/// to a circuit and writes a data-protected copy of the persisted services (antiforgery token included) into every
/// storefront response: about a tenth of the time of an uncached post page, for state no reader's browser ever uses.
/// </summary>
/// <remarks>
/// The framework decides this from its endpoint metadata "configured render modes", which it reads last-wins and
/// keeps internal; an empty set is what an app mapped without interactive render modes gets. If a later framework
/// renames the type, pages keep working as before (the state is written again) and the storefront test
/// <c>A_correction_to_a_live_post_reaches_its_readers_on_a_plain_static_page</c> fails to say so.
/// </remarks>
public static class StaticPageEndpoints
{
    private static readonly Type? RenderModesMetadata = typeof(RazorComponentsEndpointConventionBuilder).Assembly
        .GetType("Microsoft.AspNetCore.Components.Endpoints.ConfiguredRenderModesMetadata");

    public static RazorComponentsEndpointConventionBuilder WithStaticStorefront(this RazorComponentsEndpointConventionBuilder pages)
    {
        if (RenderModesMetadata is null) return pages;
        var noRenderModes = Activator.CreateInstance(RenderModesMetadata, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic,
            binder: null, args: [Array.Empty<IComponentRenderMode>()], culture: null);
        if (noRenderModes is null) return pages;

        pages.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder route && !IsAdmin(route.RoutePattern.RawText)) route.Metadata.Add(noRenderModes);
        });
        return pages;
    }

    private static bool IsAdmin(string? pattern) => pattern?.TrimStart('/') is { } path
        && (path.Equals("admin", StringComparison.OrdinalIgnoreCase) || path.StartsWith("admin/", StringComparison.OrdinalIgnoreCase));
}
