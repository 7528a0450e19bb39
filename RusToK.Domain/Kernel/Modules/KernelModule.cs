using RusToK.Domain.Kernel.Security;

namespace RusToK.Domain.Kernel.Modules;

/// <summary>The platform kernel presented as a module so its permissions and menu come from the same place as everyone's.</summary>
public sealed class KernelModule : ModuleDescriptor
{
    public const string ModuleName = "kernel";

    public override string Name => ModuleName;

    public override string DisplayName => "Platform";

    public override string Version => "1.0.0";

    public override string Description => "Tenancy, identity, roles, modules and the event outbox.";

    public override bool IsKernel => true;

    /// <summary>The template with no module at all: the owner turns on what they need later.</summary>
    public const string EmptyTemplate = "empty";

    public override IReadOnlyList<SiteTemplate> SiteTemplates { get; } =
    [
        new(EmptyTemplate, "Empty site", "Only the platform: users, roles and settings. Turn modules on when you need them.", [], 100),
    ];

    public override IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(KernelPermissions.AdminAccess, "Open the admin", ModuleName),
        new(KernelPermissions.UsersManage, "Manage users", ModuleName),
        new(KernelPermissions.RolesManage, "Manage roles", ModuleName),
        new(KernelPermissions.ModulesManage, "Enable and disable modules", ModuleName),
        new(KernelPermissions.SettingsManage, "Edit site settings", ModuleName),
        new(KernelPermissions.OutboxManage, "Inspect and retry events", ModuleName),
        new(KernelPermissions.PlatformTenantsManage, "Manage all tenants (platform)", ModuleName),
    ];

    public override IReadOnlyList<AdminMenuEntry> AdminMenu { get; } =
    [
        new("Dashboard", "admin", "dashboard", KernelPermissions.AdminAccess, 0),
        new("Tenants", "admin/tenants", "domain", KernelPermissions.PlatformTenantsManage, 900),
        new("Users", "admin/users", "people", KernelPermissions.UsersManage, 910),
        new("Roles", "admin/roles", "admin_panel_settings", KernelPermissions.RolesManage, 920),
        new("Modules", "admin/modules", "extension", KernelPermissions.ModulesManage, 930),
        new("Settings", "admin/settings", "settings", KernelPermissions.SettingsManage, 940),
        new("Events", "admin/outbox", "bolt", KernelPermissions.OutboxManage, 950),
    ];
}
