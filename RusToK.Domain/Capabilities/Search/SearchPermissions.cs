namespace RusToK.Domain.Capabilities.Search;

public static class SearchPermissions
{
    /// <summary>See the index's state and rebuild the site's index.</summary>
    public const string Manage = "search.manage";
}
