using RusToK.Domain.Kernel.Modules;

namespace RusToK.Domain.Kernel.Security;

/// <summary>The roles every tenant starts with. Owner always holds every permission; the others are editable defaults.</summary>
public static class BuiltInRoles
{
    public const string Owner = "Owner";
    public const string Admin = "Admin";
    public const string Editor = "Editor";
    public const string Moderator = "Moderator";
    public const string Customer = "Customer";

    public static IReadOnlyList<string> All { get; } = [Owner, Admin, Editor, Moderator, Customer];

    public static bool IsBuiltIn(string role) => All.Contains(role, StringComparer.OrdinalIgnoreCase);

    /// <summary>The permissions a freshly created tenant's role gets.</summary>
    public static IReadOnlyList<string> DefaultPermissions(string role, ModuleCatalog catalog)
    {
        var tenantPermissions = catalog.AllPermissions.Select(p => p.Name).Where(p => !p.StartsWith("platform.", StringComparison.Ordinal)).ToList();
        return role switch
        {
            Owner or Admin => tenantPermissions,
            Editor => tenantPermissions.Where(p => p == KernelPermissions.AdminAccess || IsContentPermission(p)).ToList(),
            Moderator => tenantPermissions.Where(p => p == KernelPermissions.AdminAccess || p.Contains(".moderate", StringComparison.Ordinal)).ToList(),
            _ => [],
        };
    }

    // Editors work on what readers see: every module permission that is not tenant administration.
    private static bool IsContentPermission(string permission) =>
        !permission.StartsWith("admin.", StringComparison.Ordinal) && !permission.StartsWith("platform.", StringComparison.Ordinal);
}
