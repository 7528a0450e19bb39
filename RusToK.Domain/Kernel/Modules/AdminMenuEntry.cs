namespace RusToK.Domain.Kernel.Modules;

/// <summary>A link in the admin navigation, shown when the module is on and the user holds the permission.</summary>
public sealed record AdminMenuEntry(string Title, string Href, string Icon, string Permission, int Order = 100);
