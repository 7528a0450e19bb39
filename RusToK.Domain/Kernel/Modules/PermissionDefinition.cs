namespace RusToK.Domain.Kernel.Modules;

/// <summary>A permission a module declares, such as <c>content.pages.edit</c>.</summary>
public sealed record PermissionDefinition(string Name, string DisplayName, string Module);
