using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Kernel.Modules;

/// <summary>The modules this installation offers (compiled in and selected by configuration).</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, ModuleDescriptor> _byName;

    public ModuleCatalog(IEnumerable<ModuleDescriptor> modules)
    {
        _byName = modules.ToDictionary(m => m.Name, StringComparer.Ordinal);
        foreach (var module in _byName.Values)
        {
            var missing = module.DependsOn.Where(d => !_byName.ContainsKey(d)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Module '{module.Name}' depends on {string.Join(", ", missing)}, which this installation does not offer. Add them to the Modules section of the configuration.");
            }
        }

        Templates = _byName.Values.SelectMany(m => m.SiteTemplates).Where(t => t.Modules.All(_byName.ContainsKey)).OrderBy(t => t.Order).ToList();
    }

    public IReadOnlyCollection<ModuleDescriptor> All => _byName.Values;

    public ModuleDescriptor? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The templates on offer: those whose every module this installation has, in the order modules gave.</summary>
    public IReadOnlyList<SiteTemplate> Templates { get; }

    public SiteTemplate? FindTemplate(string id) => Templates.FirstOrDefault(t => t.Id == id);

    public IEnumerable<PermissionDefinition> AllPermissions => _byName.Values.SelectMany(m => m.Permissions);

    /// <summary>The module that declares a permission, or null when no module does.</summary>
    public ModuleDescriptor? OwnerOf(string permission) =>
        _byName.Values.FirstOrDefault(m => m.Permissions.Any(p => p.Name == permission));

    /// <summary>Whether the module answers for the tenant: kernel modules and capabilities always, others when the tenant switched them on.</summary>
    public bool IsOn(string module, TenantInfo? tenant) => Find(module)?.IsOnFor(tenant) ?? tenant?.HasModule(module) == true;

    /// <summary>What a caller of a switched-off module's API or GraphQL field is told.</summary>
    public string NotEnabledMessage(string module) => $"The {Find(module)?.DisplayName ?? module} module is not enabled for this site.";

    /// <summary>Closes a set of modules over their dependencies (enabling Blog brings Content).</summary>
    public IReadOnlySet<string> WithDependencies(IEnumerable<string> modules)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(modules);
        while (pending.TryPop(out var name))
        {
            if (!result.Add(name)) continue;
            foreach (var dependency in Find(name)?.DependsOn ?? []) pending.Push(dependency);
        }

        return result;
    }

    /// <summary>Enabled modules that depend on the given one.</summary>
    public IEnumerable<ModuleDescriptor> Dependents(string module, IEnumerable<string> enabled) =>
        enabled.Select(Find).OfType<ModuleDescriptor>().Where(m => m.DependsOn.Contains(module));
}
