namespace RusToK.Domain.Kernel.Tenancy;

public enum TenantStatus
{
    Active = 0,
    Suspended = 1,
}
