namespace RusToK.Domain.Kernel.Modules;

/// <summary>A link a module offers in the storefront's header while it is on (until the tenant builds its own menu).</summary>
public sealed record StorefrontLink(string Title, string Href, int Order = 100);
