namespace RusToK.Domain.Kernel.Site;

/// <summary>A link in the storefront's navigation: a title, an address and (one level of) children.</summary>
public sealed record SiteLink(string Title, string Url, IReadOnlyList<SiteLink> Children);
