namespace RusToK.Domain.Kernel.Modules;

/// <summary>
/// A starting point offered when a tenant is created: the modules the new site begins with. Modules contribute their
/// own (the blog offers a blog), so the list grows with what the installation offers and the kernel names none.
/// </summary>
public sealed record SiteTemplate(string Id, string Name, string Description, IReadOnlyList<string> Modules, int Order);
