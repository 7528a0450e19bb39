using RusToK.Domain.Kernel.Entities;

namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>One host name that resolves to its tenant (a separate row so the database can keep it unique).</summary>
public sealed class TenantHost : Entity
{
    private TenantHost()
    {
    }

    public TenantHost(string name) => Name = name;

    public string Name { get; private set; } = "";

    public Guid TenantId { get; private set; }

    public static string Normalize(string host) => host.Trim().TrimEnd('.').ToLowerInvariant();
}
