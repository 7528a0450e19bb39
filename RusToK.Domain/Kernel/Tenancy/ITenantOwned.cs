namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>Marks a row owned by one tenant; persistence filters reads and refuses cross-tenant writes on it.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}
