using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Kernel.Modules;

/// <summary>Says who a module is: the one class a module adds to the domain to describe itself.</summary>
public abstract class ModuleDescriptor
{
    /// <summary>Stable identifier, lower case (used in configuration, URLs and permission names).</summary>
    public abstract string Name { get; }

    public abstract string DisplayName { get; }

    public abstract string Version { get; }

    public abstract string Description { get; }

    /// <summary>Modules that must be enabled for this one to work.</summary>
    public virtual IReadOnlyList<string> DependsOn { get; } = [];

    public virtual IReadOnlyList<PermissionDefinition> Permissions { get; } = [];

    public virtual IReadOnlyList<AdminMenuEntry> AdminMenu { get; } = [];

    public virtual IReadOnlyList<StorefrontLink> StorefrontMenu { get; } = [];

    /// <summary>Starting points for new sites this module offers (see <see cref="SiteTemplate"/>).</summary>
    public virtual IReadOnlyList<SiteTemplate> SiteTemplates { get; } = [];

    /// <summary>Contracts sub-modules may implement to extend this module.</summary>
    public virtual IReadOnlyList<Type> ExtensionPoints { get; } = [];

    /// <summary>Kernel modules and capabilities are always on and cannot be disabled.</summary>
    public virtual bool IsKernel => false;

    /// <summary>Whether the module answers for the tenant: always when it is the kernel's, else when the tenant switched it on.</summary>
    public bool IsOnFor(TenantInfo? tenant) => IsKernel || tenant?.HasModule(Name) == true;
}
