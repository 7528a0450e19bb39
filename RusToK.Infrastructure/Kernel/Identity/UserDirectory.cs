using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Tenancy;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>
/// Users of the current tenant through ASP.NET Core Identity. Each operation opens its own scope so a long-lived
/// admin circuit never keeps an Identity unit of work open between clicks.
/// </summary>
public sealed class UserDirectory(ITenantContext tenant, TenantScopeFactory scopes, InvitationMail invitations, PermissionCache permissions) : IUserDirectory
{
    public async Task<Page<UserSummary>> ListAsync(string? search, PageRequest page, CancellationToken ct = default)
    {
        await using var scope = await OpenAsync(ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(u => u.Email).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        var roles = await RolesOfAsync(scope.ServiceProvider, rows.Select(u => u.Id).ToList(), ct);
        return new Page<UserSummary>(rows.Select(u => Summarize(u, roles)).ToList(), page.Number, page.Size, total);
    }

    public async Task<UserSummary?> FindAsync(Guid id, CancellationToken ct = default)
    {
        await using var scope = await OpenAsync(ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return null;
        return Summarize(user, await RolesOfAsync(scope.ServiceProvider, [user.Id], ct));
    }

    public async Task<OperationResult<UserSummary>> InviteAsync(InviteUserCommand command, string confirmationBaseUrl, CancellationToken ct = default)
    {
        await using var scope = await OpenAsync(ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        var v = new Validator()
            .Required("email", command.Email, "E-mail")
            .MaxLength("email", command.Email, 256, "E-mail")
            .Required("displayName", command.DisplayName, "Name")
            .MaxLength("displayName", command.DisplayName, 100, "Name");
        var known = await roleManager.Roles.Select(r => r.Name!).ToListAsync(ct);
        foreach (var role in command.Roles.Except(known)) v.Add("roles", $"There is no role '{role}'.");
        if (!v.IsValid) return v.ToFailure<UserSummary>();

        // With a password set by an administrator the address is vouched for; an invitation confirms it by its link.
        var user = new AppUser { UserName = command.Email.Trim(), Email = command.Email.Trim(), DisplayName = command.DisplayName.Trim(), EmailConfirmed = command.Password is not null };
        var created = command.Password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, command.Password);
        if (!created.Succeeded) return IdentityFailure.ToResult<UserSummary>(created);
        if (command.Roles.Count > 0) await users.AddToRolesAsync(user, command.Roles);

        if (command.Password is null) await invitations.SendAsync(users, user, tenant.Current!.Name, confirmationBaseUrl, ct);

        return OperationResult.Success(Summarize(user, new Dictionary<Guid, List<string>> { [user.Id] = command.Roles.ToList() }));
    }

    public async Task<OperationResult> SetRolesAsync(Guid userId, IReadOnlyList<string> roles, CancellationToken ct = default)
    {
        await using var scope = await OpenAsync(ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        var user = await users.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return OperationResult.NotFound("User not found.");
        var unknown = roles.Except(await roleManager.Roles.Select(r => r.Name!).ToListAsync(ct)).ToList();
        if (unknown.Count > 0) return OperationResult.Invalid("roles", $"There is no role '{unknown[0]}'.");

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
        if (!removed.Succeeded) return IdentityFailure.ToResult(removed);
        var added = await users.AddToRolesAsync(user, roles.Except(current));
        if (!added.Succeeded) return IdentityFailure.ToResult(added);
        permissions.Clear();
        return OperationResult.Success();
    }

    public async Task<OperationResult> SetLockedAsync(Guid userId, bool locked, CancellationToken ct = default)
    {
        await using var scope = await OpenAsync(ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return OperationResult.NotFound("User not found.");
        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (locked) await users.UpdateSecurityStampAsync(user); // signs the user out everywhere
        return result.Succeeded ? OperationResult.Success() : IdentityFailure.ToResult(result);
    }

    private Task<AsyncServiceScope> OpenAsync(CancellationToken ct) => scopes.CreateForCurrentAsync(tenant, ct);

    private static async Task<Dictionary<Guid, List<string>>> RolesOfAsync(IServiceProvider services, List<Guid> userIds, CancellationToken ct)
    {
        var db = services.GetRequiredService<Persistence.AppDbContext>();
        var rows = await (from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          where userIds.Contains(ur.UserId)
                          select new { ur.UserId, r.Name }).ToListAsync(ct);
        return rows.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.Select(r => r.Name!).Order().ToList());
    }

    private static UserSummary Summarize(AppUser user, Dictionary<Guid, List<string>> roles) => new(
        user.Id, user.Email ?? "", user.DisplayName, user.EmailConfirmed,
        user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow, roles.GetValueOrDefault(user.Id) ?? [], user.CreatedAt);
}
