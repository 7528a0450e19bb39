namespace RusToK.Domain.Modules.Commerce;

/// <summary>What Commerce asks of a person, as permission names.</summary>
public static class CommercePermissions
{
    public const string CatalogManage = "commerce.catalog.manage";
}
