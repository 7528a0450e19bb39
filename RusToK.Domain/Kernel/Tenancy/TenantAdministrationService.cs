using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>Platform-level use cases on tenants: create, edit, suspend, resume.</summary>
public sealed partial class TenantAdministrationService(
    IAppDbContextFactory dbFactory, ITenantRoleSeeder roleSeeder, ITenantCacheInvalidator cache, ModuleCatalog catalog)
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

    public async Task<OperationResult<Tenant>> CreateAsync(TenantInput input, IEnumerable<string>? modules = null, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var validator = await ValidateAsync(db, input, existingId: null, ct);
        foreach (var unknown in (modules ?? []).Where(m => catalog.Find(m) is null).Distinct())
        {
            validator.Add("modules", $"There is no module named '{unknown}'. Modules on offer: {string.Join(", ", catalog.All.Select(m => m.Name))}.");
        }

        if (!validator.IsValid) return validator.ToFailure<Tenant>();

        var tenant = Tenant.Create(input.Slug, input.Name, input.Hosts);
        tenant.ChangeTheme(input.PrimaryColor ?? TenantTheme.Default.PrimaryColor, input.LogoUrl);
        tenant.SetModules(catalog.WithDependencies(modules ?? catalog.All.Where(m => m.IsKernel).Select(m => m.Name)));
        db.Tenants.Add(tenant);
        roleSeeder.AddDefaultRoles(db, tenant.Id);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(tenant);
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
