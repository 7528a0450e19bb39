namespace RusToK.Components.Kernel.Storefront;

/// <summary>The name of the host's output-cache policy for anonymous storefront pages (see the host's StorefrontCachePolicy).</summary>
public static class StorefrontCache
{
    public const string Policy = "storefront";
}
