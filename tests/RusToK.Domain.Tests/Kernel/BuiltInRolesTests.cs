using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Modules.Announcements;

namespace RusToK.Domain.Tests.Kernel;

public sealed class BuiltInRolesTests
{
    private static readonly ModuleCatalog Catalog = new([new KernelModule(), new AnnouncementsModule()]);

    [Fact]
    public void Editor_edits_content_but_does_not_administer_the_tenant()
    {
        var editor = BuiltInRoles.DefaultPermissions(BuiltInRoles.Editor, Catalog);
        editor.ShouldContain(AnnouncementPermissions.Manage);
        editor.ShouldContain(KernelPermissions.AdminAccess);
        editor.ShouldNotContain(KernelPermissions.UsersManage);
        editor.ShouldNotContain(KernelPermissions.ModulesManage);
    }

    [Fact]
    public void No_tenant_role_ever_gets_a_platform_permission()
    {
        foreach (var role in BuiltInRoles.All)
        {
            BuiltInRoles.DefaultPermissions(role, Catalog).ShouldNotContain(KernelPermissions.PlatformTenantsManage);
        }
    }

    [Fact]
    public void Customers_start_with_no_admin_permission() => BuiltInRoles.DefaultPermissions(BuiltInRoles.Customer, Catalog).ShouldBeEmpty();
}
