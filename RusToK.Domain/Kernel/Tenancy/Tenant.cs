using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Tenancy.Events;

namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>A customer of the platform: its own users, data, modules and look.</summary>
public sealed class Tenant : AggregateRoot
{
    private Tenant()
    {
    }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public TenantStatus Status { get; private set; }

    /// <summary>Host names (lower case) that resolve to this tenant; each belongs to one tenant only.</summary>
    public List<TenantHost> Hosts { get; private set; } = [];

    /// <summary>Module names this tenant has switched on.</summary>
    public List<string> EnabledModules { get; private set; } = [];

    public string PrimaryColor { get; private set; } = TenantTheme.Default.PrimaryColor;

    public string? LogoUrl { get; private set; }

    public static Tenant Create(string slug, string name, IEnumerable<string> hosts)
    {
        var tenant = new Tenant { Slug = slug, Name = name.Trim() };
        tenant.ReplaceHosts(hosts);
        tenant.Raise(new TenantCreated(tenant.Id, tenant.Slug));
        return tenant;
    }

    public void Rename(string name)
    {
        if (Name == name.Trim()) return;
        Name = name.Trim();
        Raise(new TenantAppearanceChanged(Id));
    }

    public void ReplaceHosts(IEnumerable<string> hosts)
    {
        var wanted = hosts.Select(TenantHost.Normalize).Where(h => h.Length > 0).Distinct().ToList();
        Hosts.RemoveAll(h => !wanted.Contains(h.Name));
        foreach (var host in wanted.Where(w => Hosts.All(h => h.Name != w)))
        {
            Hosts.Add(new TenantHost(host));
        }
    }

    public void ChangeTheme(string primaryColor, string? logoUrl)
    {
        var logo = string.IsNullOrWhiteSpace(logoUrl) ? null : logoUrl.Trim();
        if (PrimaryColor == primaryColor && LogoUrl == logo) return;
        PrimaryColor = primaryColor;
        LogoUrl = logo;
        Raise(new TenantAppearanceChanged(Id));
    }

    public void Suspend()
    {
        if (Status == TenantStatus.Suspended) return;
        Status = TenantStatus.Suspended;
        Raise(new TenantSuspended(Id));
    }

    public void Resume()
    {
        if (Status == TenantStatus.Active) return;
        Status = TenantStatus.Active;
        Raise(new TenantResumed(Id));
    }

    public void SetModules(IEnumerable<string> modules)
    {
        EnabledModules = modules.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Raise(new TenantModulesChanged(Id, EnabledModules.ToArray()));
    }

    public TenantInfo ToInfo() => new(
        Id, Slug, Name, Status, EnabledModules.ToHashSet(StringComparer.Ordinal), new TenantTheme(PrimaryColor, LogoUrl));
}
