namespace RusToK.Domain.Kernel.Security;

/// <summary>Permission names the kernel declares (modules declare their own in their descriptors).</summary>
public static class KernelPermissions
{
    public const string AdminAccess = "admin.access";
    public const string UsersManage = "admin.users.manage";
    public const string RolesManage = "admin.roles.manage";
    public const string ModulesManage = "admin.modules.manage";
    public const string SettingsManage = "admin.settings.manage";
    public const string OutboxManage = "admin.outbox.manage";

    /// <summary>Held only by platform administrators; never part of a tenant role.</summary>
    public const string PlatformTenantsManage = "platform.tenants.manage";
}
