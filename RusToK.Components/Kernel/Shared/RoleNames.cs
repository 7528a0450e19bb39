using Microsoft.Extensions.Localization;
using RusToK.Domain.Kernel.Security;

namespace RusToK.Components.Kernel.Shared;

/// <summary>A role as people read it: the platform's own roles translated, a tenant's own roles as the tenant named them.</summary>
public static class RoleNames
{
    public static string Of(IStringLocalizer localizer, string role)
    {
        if (!BuiltInRoles.IsBuiltIn(role)) return role;
        var name = localizer[Key(role)];
        return name.ResourceNotFound ? role : name.Value;
    }

    /// <summary>"Admin (role)": the role's own key, since "Admin" alone is the admin area's link.</summary>
    public static string Key(string role) => $"{role} (role)";
}
