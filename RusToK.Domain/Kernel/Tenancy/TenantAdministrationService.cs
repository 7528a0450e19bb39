using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>Platform-level use cases on tenants: create (with a template's modules and an owner), edit, suspend, resume.</summary>
public sealed partial class TenantAdministrationService(
    IAppDbContextFactory dbFactory, ITenantRoleSeeder roleSeeder, ITenantOwnerSeeder ownerSeeder, ITenantCacheInvalidator cache, ModuleCatalog catalog)
{
    public const int MaxNameLength = 100;

    public async Task<Page<Tenant>> ListAsync(string? search, PageRequest page, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var query = db.Tenants.AsNoTracking().Include(t => t.Hosts).AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            query = query.Where(t => t.Slug.Contains(term) || t.Name.ToLower().Contains(term));
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(t => t.Slug).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<Tenant>(items, page.Number, page.Size, total);
    }

    public async Task<Tenant?> FindAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        return await db.Tenants.AsNoTracking().Include(t => t.Hosts).FirstOrDefaultAsync(t => t.Id == id, ct);
    }

    /// <summary>Checks a new tenant's name, address and hosts without creating it: the first step of setting one up.</summary>
    public async Task<OperationResult> CheckNewAsync(TenantInput input, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        return (await ValidateAsync(db, input, existingId: null, ct)).ToResult();
    }

    public async Task<OperationResult<Tenant>> CreateAsync(TenantInput input, TenantSetup? setup = null, CancellationToken ct = default)
    {
        setup ??= new TenantSetup();
        await using var db = dbFactory.CreatePlatformContext();
        var validator = await ValidateAsync(db, input, existingId: null, ct);
        var modules = ModulesOf(setup, validator);
        if (setup.Owner is { } owner) await ownerSeeder.CheckAsync(owner, validator, ct);
        if (!validator.IsValid) return validator.ToFailure<Tenant>();

        var tenant = Tenant.Create(input.Slug, input.Name.Trim(), input.Hosts);
        tenant.ChangeTheme(input.PrimaryColor ?? TenantTheme.Default.PrimaryColor, input.LogoUrl);
        tenant.SetModules(catalog.WithDependencies(modules));
        db.Tenants.Add(tenant);
        roleSeeder.AddDefaultRoles(db, tenant.Id);
        if (setup.Owner is not null) ownerSeeder.AddOwner(db, tenant.Id, setup.Owner);
        await db.SaveChangesAsync(ct);
        if (setup.Owner is { Password: null } invited && setup.SiteAddress is { } address)
        {
            await ownerSeeder.InviteAsync(tenant.Id, invited, $"{address.TrimEnd('/')}/t/{tenant.Slug}/", ct);
        }

        return OperationResult.Success(tenant);
    }

    // An explicit list wins over a template; with neither the site starts with the platform alone.
    private IEnumerable<string> ModulesOf(TenantSetup setup, Validator validator)
    {
        if (setup.Modules is { } modules)
        {
            foreach (var unknown in modules.Where(m => catalog.Find(m) is null).Distinct())
            {
                validator.Add("modules", $"There is no module named '{unknown}'. Modules on offer: {string.Join(", ", catalog.All.Select(m => m.Name))}.");
            }

            return modules;
        }

        if (setup.Template is null) return catalog.All.Where(m => m.IsKernel).Select(m => m.Name);
        if (catalog.FindTemplate(setup.Template) is { } template) return template.Modules;
        validator.Add("template", $"There is no template named '{setup.Template}'. Templates on offer: {string.Join(", ", catalog.Templates.Select(t => t.Id))}.");
        return [];
    }

    public async Task<OperationResult<Tenant>> UpdateAsync(Guid id, TenantInput input, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var tenant = await db.Tenants.Include(t => t.Hosts).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tenant is null) return OperationResult.NotFound<Tenant>("Tenant not found.");
        var validator = await ValidateAsync(db, input with { Slug = tenant.Slug }, id, ct);
        if (!validator.IsValid) return validator.ToFailure<Tenant>();

        tenant.Rename(input.Name);
        tenant.ReplaceHosts(input.Hosts);
        tenant.ChangeTheme(input.PrimaryColor ?? tenant.PrimaryColor, input.LogoUrl);
        await db.SaveChangesAsync(ct);
        cache.Invalidate(id);
        return OperationResult.Success(tenant);
    }

    public Task<OperationResult> SuspendAsync(Guid id, CancellationToken ct = default) => ChangeStatusAsync(id, t => t.Suspend(), ct);

    public Task<OperationResult> ResumeAsync(Guid id, CancellationToken ct = default) => ChangeStatusAsync(id, t => t.Resume(), ct);

    private async Task<OperationResult> ChangeStatusAsync(Guid id, Action<Tenant> change, CancellationToken ct)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tenant is null) return OperationResult.NotFound("Tenant not found.");
        change(tenant);
        await db.SaveChangesAsync(ct);
        cache.Invalidate(id);
        return OperationResult.Success();
    }

    private static async Task<Validator> ValidateAsync(IAppDbContext db, TenantInput input, Guid? existingId, CancellationToken ct)
    {
        var v = new Validator()
            .Required("name", input.Name, "Name")
            .MaxLength("name", input.Name, MaxNameLength, "Name");
        var name = input.Name?.Trim() ?? "";
        // Two sites of one name would be told apart only by their slugs, in every list and e-mail.
        if (name.Length > 0 && await db.Tenants.AnyAsync(t => t.Name.ToLower() == name.ToLower() && t.Id != existingId, ct))
        {
            v.Add("name", $"A tenant named '{name}' already exists.");
        }

        if (TenantSlug.Problem(input.Slug) is { } slugProblem) v.Add("slug", slugProblem);
        else if (existingId is null && await db.Tenants.AnyAsync(t => t.Slug == input.Slug, ct)) v.Add("slug", $"The slug '{input.Slug}' is already taken.");

        var hosts = input.Hosts.Select(TenantHost.Normalize).Where(h => h.Length > 0).ToList();
        foreach (var host in hosts.Where(h => !HostPattern().IsMatch(h))) v.Add("hosts", $"'{host}' is not a valid host name.");
        if (v.IsValid && hosts.Count > 0)
        {
            var taken = await db.TenantHosts.Where(h => hosts.Contains(h.Name) && h.TenantId != existingId).Select(h => h.Name).ToListAsync(ct);
            foreach (var host in taken) v.Add("hosts", $"The host '{host}' already belongs to another tenant.");
        }

        if (input.PrimaryColor is not null && !ColorPattern().IsMatch(input.PrimaryColor)) v.Add("primaryColor", "Colour must look like #3F51B5.");
        if (!SafeUrl.IsSafe(input.LogoUrl?.Trim())) v.Add("logoUrl", "The logo must be an http(s) address or a path on this site, such as /media/logo.png.");
        return v;
    }

    [GeneratedRegex("^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$")]
    private static partial Regex HostPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();
}
