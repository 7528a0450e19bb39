namespace RusToK.Domain.Kernel.Site;

/// <summary>A module that lets the tenant build the storefront's header and footer menus (the Pages module does).</summary>
public interface ISiteNavigation
{
    string Module { get; }

    /// <summary>The links at "header" or "footer"; empty when the tenant has not built that menu.</summary>
    Task<IReadOnlyList<SiteLink>> LinksAsync(string location, CancellationToken ct);
}
